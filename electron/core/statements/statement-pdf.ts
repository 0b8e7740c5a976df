import { concatTransformationMatrix, fill, PDFDocument, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingRgbColor, type PDFFont } from 'pdf-lib';
import type { StatementContent } from '../../../shared/statement/statement-content';
import type { StatementTemplate } from '../../../shared/statement/statement-template';
import { statementFontkit } from './statement-fonts';
import { layoutStatement } from './statement-layout';
import { qrRuns, statementQrPayload } from './statement-qr';

export type StatementFonts = { regular: Uint8Array; bold: Uint8Array };

export type StatementPdfInput = {
  template: StatementTemplate;
  content: StatementContent;
  fonts: StatementFonts;
  /** Short digest of the printed values; the QR code carries it. */
  digest: string;
  /** Written as the PDF's dates: the application version's time, so the same input gives the same bytes. */
  createdAt: Date;
};

/**
 * Draws the statement. Fonts are embedded as subsets with fixed subset tags (pdf-lib would pick
 * random ones), and every date comes from the application, so the output is byte-identical for
 * the same application and template.
 */
export async function renderStatementPdf(
  { template, content, fonts, digest, createdAt }: StatementPdfInput,
  /** Parses and shapes the fonts: by default once per process (statement-fonts.ts); tests compare with plain fontkit. */
  shaping: Parameters<PDFDocument['registerFontkit']>[0] = statementFontkit,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(shaping);
  const regular = await pdf.embedFont(fonts.regular, { subset: true, customName: 'QBLREG+NotoSans-Regular' });
  const bold = await pdf.embedFont(fonts.bold, { subset: true, customName: 'QBLBLD+NotoSans-Bold' });
  const face = (isBold: boolean): PDFFont => (isBold ? bold : regular);
  const layout = layoutStatement(template, content, (text, size, isBold) => face(isBold).widthOfTextAtSize(text, size));

  const { width, height, margin, qrSize } = template.page;
  const qr = qrRuns(statementQrPayload(content.applicationId, content.version, digest));
  // In module units, y downwards from the code's top left corner; one rectangle (`re`) per run.
  const qrScale = qrSize / qr.modules;
  const qrOperators = [
    pushGraphicsState(),
    concatTransformationMatrix(qrScale, 0, 0, -qrScale, width - margin - qrSize, height - margin),
    setFillingRgbColor(0, 0, 0),
    ...qr.runs.map((run) => rectangle(run.column, run.row, run.length, 1)),
    fill(),
    popGraphicsState(),
  ];
  const caption = `${content.applicationId} · v${content.version}`;
  const pages = Array.from({ length: layout.pageCount }, () => pdf.addPage([width, height]));
  pages.forEach((page, index) => {
    page.pushOperators(...qrOperators);
    const captionSize = 6.5;
    page.drawText(caption, {
      x: width - margin - regular.widthOfTextAtSize(caption, captionSize),
      y: height - margin - qrSize - 9,
      size: captionSize,
      font: regular,
    });
    page.drawText(`${index + 1} / ${layout.pageCount}`, { x: margin, y: margin / 2, size: 7, font: regular });
    if (content.reprint) {
      page.drawText(content.languages.map((language) => template.reprintMark[language]).join(' / '), { x: margin, y: height - margin - 12, size: 11, font: bold, color: rgb(0.7, 0, 0) });
    }
  });
  for (const line of layout.lines) {
    pages[line.page]!.drawText(line.text, { x: line.x, y: line.y, size: line.size, font: face(line.bold) });
  }

  const titles = { kk: 'Өтініш', ru: 'Заявление' };
  pdf.setTitle(content.languages.map((language) => titles[language]).join(' / '), { showInWindowTitleBar: true });
  pdf.setSubject(`${content.applicationId} v${content.version}`);
  pdf.setLanguage(content.languages[0] === 'ru' ? 'ru-KZ' : 'kk-KZ');
  pdf.setProducer('Qabyldau');
  pdf.setCreator('Qabyldau');
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  return pdf.save();
}
