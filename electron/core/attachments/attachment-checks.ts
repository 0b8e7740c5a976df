import { open, readFile } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import jpeg from 'jpeg-js';
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import { ApiError } from '../../../shared/contract/errors';
import { beyondScanLimits, imageHeader } from './image-header';

const attachmentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

export type AttachmentRule =
  | 'name'
  | 'empty'
  | 'too_large'
  | 'application_too_large'
  | 'type'
  | 'pdf_encrypted'
  | 'pdf_broken'
  | 'image_broken'
  | 'image_too_large'
  | 'rotate_page'
  | 'rotate_multipage';

/** Defaults until Settings sets them: a scan per file, and all of one application's scans. */
export const attachmentLimits = { fileBytes: 25 * 1024 * 1024, applicationBytes: 200 * 1024 * 1024 };

export function refuse(rule: AttachmentRule): never {
  throw new ApiError('attachment.refused', [{ path: ['file'], message: `validation.attachment_${rule}` }]);
}

/** A name as the operator sees it: no folders, no control characters, something to show. */
export function checkAttachmentName(name: string): void {
  if (name.trim() === '' || name.length > 255 || /[/\\]/.test(name) || /\p{Cc}/u.test(name) || name === '.' || name === '..') refuse('name');
}

async function endsWithEof(path: string, size: number): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const tail = Buffer.alloc(Math.min(1024, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return tail.toString('latin1').includes('%%EOF');
  } finally {
    await handle.close();
  }
}

async function pdfPages(path: string, size: number): Promise<number> {
  // A scanner's PDF cut short by a crash or a full disk loses its end-of-file marker.
  if (!(await endsWithEof(path, size))) refuse('pdf_broken');
  const bytes = await readFile(path);
  // Encrypted objects cannot be parsed, so ask "is it encrypted?" before parsing strictly.
  const encrypted = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false }).then(
    (pdf) => pdf.isEncrypted,
    () => false,
  );
  if (encrypted) refuse('pdf_encrypted');
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    const pages = pdf.getPageCount();
    if (pages < 1) refuse('pdf_broken');
    return pages;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    refuse(error instanceof EncryptedPDFError ? 'pdf_encrypted' : 'pdf_broken');
  }
}

async function imagePages(path: string, mediaType: Exclude<AttachmentMediaType, 'application/pdf'>): Promise<number> {
  try {
    const bytes = await readFile(path);
    const header = imageHeader(bytes, mediaType);
    if (!header || header.width === 0 || header.height === 0) refuse('image_broken');
    if (beyondScanLimits(header)) refuse('image_too_large');
    if (mediaType === 'image/png') PNG.sync.read(bytes);
    if (mediaType === 'image/jpeg') jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: 100 });
    if (mediaType === 'image/tiff') {
      const pages = UTIF.decode(bytes);
      if (pages.length === 0) refuse('image_broken');
      UTIF.decodeImage(bytes, pages[0]!);
      if (!pages[0]!.width || !pages[0]!.height) refuse('image_broken');
      return pages.length;
    }
    return 1;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    refuse('image_broken');
  }
}

/**
 * What a file is, judged by its bytes and never by its name: PDF, JPEG, PNG or TIFF that opens,
 * with its page count. Anything else is refused with the rule it breaks.
 */
export async function inspectAttachment(path: string, size: number): Promise<{ mediaType: AttachmentMediaType; pageCount: number }> {
  if (size === 0) refuse('empty');
  if (size > attachmentLimits.fileBytes) refuse('too_large');
  const sniffed = (await fileTypeFromFile(path))?.mime;
  const mediaType = attachmentMediaTypes.find((type) => type === sniffed);
  if (!mediaType) refuse('type');
  const pageCount = mediaType === 'application/pdf' ? await pdfPages(path, size) : await imagePages(path, mediaType);
  return { mediaType, pageCount };
}
