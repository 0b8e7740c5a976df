import { PDFDocument } from 'pdf-lib';
import { ApiError } from '../../../shared/contract/errors';
import { refuse } from './attachment-rules';
import { inflatedSize } from './inflation';
import { preflightPdf } from './pdf-preflight';
import { judgePdf } from './pdf-structure';

/**
 * A PDF opened for the desk: its raw bytes looked at before parsing, its objects after, and no
 * stream decoded on the way. What it breaks is refused with the rule: the attachment checks and
 * the signed-scan reader both open PDFs only through here.
 */
export async function openCheckedPdf(bytes: Uint8Array): Promise<{ pdf: PDFDocument; pageCount: number }> {
  const early = preflightPdf(bytes);
  if (early) refuse(early);
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    // Encrypted objects may not parse strictly: the lenient parser tells whether that is why.
    const encrypted = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false }).then(
      (lenient) => lenient.isEncrypted,
      () => false,
    );
    refuse(encrypted ? 'pdf_encrypted' : 'pdf_broken');
  }
  if (pdf.isEncrypted) refuse('pdf_encrypted');
  let judged: ReturnType<typeof judgePdf>;
  try {
    judged = judgePdf(pdf);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    refuse('pdf_broken');
  }
  // Viewers inflate an image's data before they size it: a bomb in a small image is refused too.
  for (const image of judged.flateImages) if ((await inflatedSize([image.contents], false, image.limit)) === null) refuse('structure_too_large');
  return { pdf, pageCount: judged.pageCount };
}
