import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { RegisterRow, ReportSummary } from '../../../shared/domain/report';
import type { StatementFonts } from '../statements/statement-pdf';
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
const ROW = 13;

/** Cuts a cell's text to its column, with an ellipsis: a register row stays one line. */
function fitCell(text: string, font: PDFFont, width: number): string {
  if (font.widthOfTextAtSize(text, SIZE) <= width) return text;
  let cut = text;
  while (cut && font.widthOfTextAtSize(`${cut}…`, SIZE) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

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
  const drawHeader = () => {
    let x = PAGE.margin;
    for (const column of columns) {
      page.drawText(fitCell(column.title, bold, column.width - 4), { x, y: y - SIZE, size: SIZE, font: bold });
      x += column.width;
    }
    y -= ROW;
    page.drawLine({ start: { x: PAGE.margin, y: y + 3 }, end: { x: PAGE.width - PAGE.margin, y: y + 3 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
  };
  newPage();
  drawHeader();
  rows.forEach((row, index) => {
    if (y - ROW < PAGE.margin + 12) {
      newPage();
      drawHeader();
    }
    let x = PAGE.margin;
    for (const column of columns) {
      page.drawText(fitCell(column.cell(row, index), regular, column.width - 4), { x, y: y - SIZE, size: SIZE, font: regular });
      x += column.width;
    }
    y -= ROW;
  });
  if (rows.length === 0) {
    page.drawText(texts.empty, { x: PAGE.margin, y: y - SIZE, size: SIZE, font: regular });
    y -= ROW;
  }

  const f = texts.figures;
  const minutes = (value: number | null) => (value === null ? none : labels.fill(texts.minutes, { value }));
  const figures = [
    `${f.visits}: ${summary.visits}`,
    `${f.noShows}: ${summary.noShows}`,
    `${f.waitMedian}: ${minutes(summary.waiting.medianMinutes)}`,
    `${f.waitP90}: ${minutes(summary.waiting.p90Minutes)}`,
    `${texts.byService}: ${summary.byService.map((entry) => `${labels.service(entry.serviceCode)} — ${entry.count}`).join('; ') || none}`,
  ];
  y -= 8;
  for (const line of figures) {
    if (y - ROW < PAGE.margin + 12) newPage();
    page.drawText(fitCell(line, regular, PAGE.width - 2 * PAGE.margin), { x: PAGE.margin, y: y - 9, size: 9, font: regular });
    y -= ROW + 1;
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
