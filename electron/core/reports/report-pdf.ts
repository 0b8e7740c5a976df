import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { RegisterRow, ReportSummary } from '../../../shared/domain/report';
import { type StatementFonts, wrap } from '../statements';
import { clock, type ReportLabels } from './report-labels';

export type RegisterPdfInput = {
  rows: readonly RegisterRow[];
  summary: ReportSummary;
  labels: ReportLabels;
  fonts: StatementFonts;
  centre: string;
  desk: string;
  madeAt: string;
  language: string;
};

const PAGE = { width: 842, height: 595, margin: 36 };
const SIZE = 8;
const LINE = 10;
const ROW_GAP = 3;

/** A cell's text in lines that fit its column: long Kazakh service names wrap, never cut. */
const cellLines = (text: string, font: PDFFont, width: number, size = SIZE) =>
  wrap(text, size, false, width, (line, at) => font.widthOfTextAtSize(line, at));

/**
 * The day register as a landscape A4 table with the same Noto Sans as the statement (Kazakh
 * letters need it), the header repeated on every page, then the day's figures.
 */
export async function renderRegisterPdf(input: RegisterPdfInput): Promise<Uint8Array> {
  const { rows, summary, labels, fonts } = input;
  const { texts } = labels;
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fonts.regular, { subset: true, customName: 'QBLREG+NotoSans-Regular' });
  const bold = await pdf.embedFont(fonts.bold, { subset: true, customName: 'QBLBLD+NotoSans-Bold' });
  const c = texts.columns;
  const none = texts.none;
  const columns: { title: string; width: number; cell: (row: RegisterRow, index: number) => string }[] = [
    { title: '№', width: 26, cell: (_, index) => String(index + 1) },
    { title: c.date, width: 58, cell: (row) => row.day },
    { title: c.time, width: 40, cell: (row) => row.time },
    { title: c.citizen, width: 140, cell: (row) => row.citizenName },
    { title: c.service, width: 170, cell: (row) => labels.service(row.serviceCode) },
    { title: c.status, width: 90, cell: (row) => labels.status(row) },
    { title: c.arrived, width: 42, cell: (row) => clock(row.arrivedAt, none) },
    { title: c.served, width: 70, cell: (row) => clock(row.servedAt, none) },
    { title: c.wait, width: 55, cell: (row) => (row.waitMinutes === null ? none : String(row.waitMinutes)) },
    { title: c.operator, width: 79, cell: (row) => row.operator ?? none },
  ];

  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    y = PAGE.height - PAGE.margin;
    if (pages.length === 1) {
      page.drawText(texts.pdfTitle, { x: PAGE.margin, y: y - 14, size: 14, font: bold });
      y -= 30;
      const subtitle = [
        labels.fill(texts.pdfRange, { from: summary.from, to: summary.to }),
        labels.fill(texts.pdfCentre, { centre: input.centre, desk: input.desk }).replace(/^,\s*/, ''),
      ];
      for (const line of subtitle) {
        page.drawText(line, { x: PAGE.margin, y, size: 9, font: regular });
        y -= 13;
      }
      y -= 6;
    }
  };
  /** One table row, its cells wrapped; a row never splits across pages. */
  const drawRow = (cells: string[], font: PDFFont) => {
    const wrapped = cells.map((text, index) => cellLines(text, font, columns[index]!.width - 4));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * LINE + ROW_GAP;
    if (y - height < PAGE.margin + 12) {
      newPage();
      if (font === regular) drawRow(columns.map((column) => column.title), bold);
    }
    let x = PAGE.margin;
    wrapped.forEach((lines, index) => {
      lines.forEach((line, at) => page.drawText(line, { x, y: y - SIZE - at * LINE, size: SIZE, font }));
      x += columns[index]!.width;
    });
    y -= height;
    if (font === bold) page.drawLine({ start: { x: PAGE.margin, y: y + 1 }, end: { x: PAGE.width - PAGE.margin, y: y + 1 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
  };
  newPage();
  drawRow(columns.map((column) => column.title), bold);
  rows.forEach((row, index) => drawRow(columns.map((column) => column.cell(row, index)), regular));
  if (rows.length === 0) {
    page.drawText(texts.empty, { x: PAGE.margin, y: y - SIZE, size: SIZE, font: regular });
    y -= LINE + ROW_GAP;
  }

  const f = texts.figures;
  const minutes = (value: number | null) => (value === null ? none : labels.fill(texts.minutes, { value }));
  // The figures: one line each; the counts by service and by status one entry a line, wrapped.
  const paragraphs: { text: string; font: PDFFont; indent: number }[] = [
    ...[`${f.visits}: ${summary.visits}`, `${f.noShows}: ${summary.noShows}`, `${f.waitMedian}: ${minutes(summary.waiting.medianMinutes)}`, `${f.waitP90}: ${minutes(summary.waiting.p90Minutes)}`].map(
      (text) => ({ text, font: regular, indent: 0 }),
    ),
    { text: `${texts.byService}:`, font: bold, indent: 0 },
    ...(summary.byService.length ? summary.byService.map((entry) => `${labels.service(entry.serviceCode)} — ${entry.count}`) : [none]).map((text) => ({ text, font: regular, indent: 12 })),
    { text: `${texts.byStatus}:`, font: bold, indent: 0 },
    ...(summary.byStatus.length ? summary.byStatus.map((entry) => `${labels.status(entry)} — ${entry.count}`) : [none]).map((text) => ({ text, font: regular, indent: 12 })),
  ];
  y -= 8;
  for (const { text, font, indent } of paragraphs) {
    const lines = cellLines(text, font, PAGE.width - 2 * PAGE.margin - indent, 9);
    if (y - lines.length * 12 < PAGE.margin + 12) newPage();
    for (const line of lines) {
      page.drawText(line, { x: PAGE.margin + indent, y: y - 9, size: 9, font });
      y -= 12;
    }
    y -= 2;
  }

  pages.forEach((each, index) => {
    const footer = `${labels.fill(texts.page, { page: index + 1, pages: pages.length })} · ${labels.fill(texts.pdfMade, { at: input.madeAt })}`;
    each.drawText(footer, { x: PAGE.margin, y: PAGE.margin / 2, size: 7, font: regular });
  });
  pdf.setTitle(`${texts.pdfTitle} ${summary.from} – ${summary.to}`, { showInWindowTitleBar: true });
  pdf.setLanguage(input.language);
  pdf.setProducer('Qabyldau');
  pdf.setCreator('Qabyldau');
  return pdf.save();
}
