import jpeg from 'jpeg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import { ApiError } from '../../../shared/contract/errors';
import { checkedImageHeader } from '../attachments';
import { statementCodePattern } from './statement-qr';

export type ScanImage = { data: Uint8ClampedArray; width: number; height: number };
export type StatementCode = { applicationId: string; version: number; digest: string };

// A statement page at 300 dpi is about 9 megapixels: a larger page within a scan's limits is not
// worth decoding (and holding in memory four bytes a pixel) to look for a code.
const MAX_DECODED_PIXELS = 40_000_000;
const unreadable = ['validation.attachment_image_broken', 'validation.attachment_pdf_broken', 'validation.attachment_pdf_encrypted'];

/**
 * What the reader makes of a failure: a file it cannot read is a scan without a code, as it always
 * was; one beyond a scan's limits (or carrying active content) is refused with its rule.
 */
export function withoutCode<T>(error: unknown, none: T): T {
  if (error instanceof ApiError && !unreadable.includes(error.issues?.[0]?.message ?? '')) throw error;
  return none;
}

/** Decodes a PNG, JPEG or TIFF scan (its first page) into RGBA pixels; null for anything it cannot read. */
export async function decodeScan(bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg' | 'image/tiff'): Promise<ScanImage | null> {
  try {
    // The same checks as an attachment's, before any decoder runs.
    const header = await checkedImageHeader(bytes, mediaType);
    if (header.width * header.height > MAX_DECODED_PIXELS) return null;
    if (mediaType === 'image/tiff') {
      const buffer = Buffer.from(bytes);
      const [page] = UTIF.decode(buffer);
      if (!page) return null;
      UTIF.decodeImage(buffer, page);
      if (page.width * page.height > MAX_DECODED_PIXELS) return null;
      return { data: new Uint8ClampedArray(UTIF.toRGBA8(page)), width: page.width, height: page.height };
    }
    if (mediaType === 'image/png') {
      const png = PNG.sync.read(Buffer.from(bytes));
      return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height };
    }
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_DECODED_PIXELS / 1e6 });
    return { data: new Uint8ClampedArray(image.data), width: image.width, height: image.height };
  } catch (error) {
    return withoutCode(error, null);
  }
}

function crop(image: ScanImage, left: number, top: number, width: number, height: number): ScanImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((top + row) * image.width + left) * 4;
    data.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  return { data, width, height };
}

/**
 * Finds the statement's QR code on a scanned page. The top right quarter, where the template puts
 * it, is tried first (quicker, and less for other marks to confuse); then the whole page.
 */
export function findStatementCode(image: ScanImage): StatementCode | null {
  const corner = crop(image, Math.floor(image.width / 2), 0, Math.ceil(image.width / 2), Math.ceil(image.height / 4));
  for (const candidate of [corner, image]) {
    const found = jsQR(candidate.data, candidate.width, candidate.height);
    const match = found ? statementCodePattern.exec(found.data) : null;
    if (match) return { applicationId: match[1]!, version: Number(match[2]), digest: match[3]! };
  }
  return null;
}
