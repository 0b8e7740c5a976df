import { PDFDocument, rgb } from 'pdf-lib';
import type { TicketSlip } from '../../../shared/domain/ticket-slip';
import { statementFontkit, type StatementFonts } from '../statements';
import { layoutSlip, SLIP_MARGIN, SLIP_WIDTH } from './ticket-slip-layout';
import { slipText, slipTitle } from './ticket-slip-text';

const MICRON_PER_POINT = 25_400 / 72;

/** The slip's PDF and its paper, in microns as printers take it: 80 mm wide, as tall as the slip. */
export type RenderedSlip = { pdf: Uint8Array; paper: { width: number; height: number } };

/**
 * Draws the reception's ticket slip with the statement's fonts (Noto Sans, whose Cyrillic has every
 * Kazakh letter). The fonts are embedded as subsets of the glyphs used, with fixed subset tags, and
 * the PDF's dates are the ticket's issue time, so the same slip gives the same bytes.
 */
export async function renderTicketSlipPdf(
  slip: TicketSlip,
  fonts: StatementFonts,
  /** Parses and shapes the fonts: by default once per process, as for statements. */
  shaping: Parameters<PDFDocument['registerFontkit']>[0] = statementFontkit,
): Promise<RenderedSlip> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(shaping);
  const regular = await pdf.embedFont(fonts.regular, { subset: true, customName: 'QBTREG+NotoSans-Regular' });
  const bold = await pdf.embedFont(fonts.bold, { subset: true, customName: 'QBTBLD+NotoSans-Bold' });
  const layout = layoutSlip(slipText(slip), (text, size, isBold) => (isBold ? bold : regular).widthOfTextAtSize(text, size));

  const page = pdf.addPage([SLIP_WIDTH, layout.height]);
  for (const line of layout.lines) {
    page.drawText(line.text, { x: line.x, y: layout.height - line.baseline, size: line.size, font: line.bold ? bold : regular });
  }
  for (const rule of layout.rules) {
    const y = layout.height - rule;
    page.drawLine({ start: { x: SLIP_MARGIN, y }, end: { x: SLIP_WIDTH - SLIP_MARGIN, y }, thickness: 0.6, color: rgb(0, 0, 0), dashArray: [2, 2] });
  }

  const issuedAt = new Date(slip.issuedAt);
  pdf.setTitle(slipTitle(slip), { showInWindowTitleBar: true });
  pdf.setLanguage('kk-KZ');
  pdf.setProducer('Qabyldau');
  pdf.setCreator('Qabyldau');
  pdf.setCreationDate(issuedAt);
  pdf.setModificationDate(issuedAt);
  return {
    pdf: await pdf.save(),
    paper: { width: Math.round(SLIP_WIDTH * MICRON_PER_POINT), height: Math.round(layout.height * MICRON_PER_POINT) },
  };
}
