import type { FileHandle } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import UTIF from 'utif2';
import { ApiError } from '../../../shared/contract/errors';
import { refuse } from './attachment-rules';
import { checkedImageHeader } from './image-content';
import { jpegIsWhole } from './jpeg-structure';
import { openCheckedPdf } from './pdf-checks';

export { refuse } from './attachment-rules';

const attachmentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

/** Defaults until Settings sets them: a scan per file, and all of one application's scans. */
export const attachmentLimits = { fileBytes: 25 * 1024 * 1024, applicationBytes: 200 * 1024 * 1024 };

/** A name as the operator sees it: no folders, no control characters, something to show. */
export function checkAttachmentName(name: string): void {
  if (name.trim() === '' || name.length > 255 || /[/\\]/.test(name) || /\p{Cc}/u.test(name) || name === '.' || name === '..') refuse('name');
}

/** A scanner's PDF cut short by a crash or a full disk loses its end-of-file marker. */
function endsWithEof(bytes: Buffer): boolean {
  return bytes.subarray(-1024).toString('latin1').includes('%%EOF');
}

/**
 * Whether the file is also a ZIP archive: its end record in the last 64 KiB pointing back at a
 * central directory. A scan that is also an archive is a polyglot, made to slip a payload past a
 * check that looks at the first bytes only; chance bytes do not form this chain.
 */
function carriesZip(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = (at: number, value: number) => at >= 0 && at + 4 <= bytes.length && view.getUint32(at, true) === value;
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65_535); end--) {
    if (!signature(end, 0x06054b50)) continue;
    const directorySize = view.getUint32(end + 12, true);
    const directoryOffset = view.getUint32(end + 16, true);
    // Readers find the directory by its offset, or just before the end record when data was prepended.
    if (signature(directoryOffset, 0x02014b50) || signature(end - directorySize, 0x02014b50)) return true;
  }
  return false;
}

async function pdfPages(bytes: Buffer): Promise<number> {
  if (!endsWithEof(bytes)) refuse('pdf_broken');
  return (await openCheckedPdf(bytes)).pageCount;
}

async function imagePages(bytes: Buffer, mediaType: Exclude<AttachmentMediaType, 'application/pdf'>): Promise<number> {
  // The declared size first, then how far the compressed data expands: only then a decoder runs.
  // A PNG needs none: that check walks its whole structure and inflates all its data.
  await checkedImageHeader(bytes, mediaType);
  try {
    if (mediaType === 'image/jpeg' && !jpegIsWhole(bytes)) refuse('image_broken');
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
 * A file's bytes, read once from an open handle: the size it has in one call, then whatever it
 * grew by meanwhile. An empty file or one over the size limit is refused by its size before it is
 * read, or when it grows past it. The bytes are read into `first` when it is given and large
 * enough (it may be larger: the content is the start of it).
 */
export async function readOpenedAttachment(handle: FileHandle, first?: Buffer): Promise<Buffer> {
  const { size } = await handle.stat();
  if (size === 0) refuse('empty');
  if (size > attachmentLimits.fileBytes) refuse('too_large');
  const parts: Buffer[] = [];
  let length = 0;
  let buffer = first && first.length >= size ? first.subarray(0, size) : Buffer.allocUnsafe(size);
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      parts.push(buffer);
      buffer = Buffer.allocUnsafe(growthSlice);
      filled = 0;
    }
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, length);
    if (bytesRead === 0) break;
    filled += bytesRead;
    length += bytesRead;
    if (length > attachmentLimits.fileBytes) refuse('too_large');
  }
  if (filled > 0 || parts.length === 0) parts.push(buffer.subarray(0, filled));
  if (length === 0) refuse('empty');
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
}

const growthSlice = 1 << 20;

/**
 * What a file is, judged by its bytes and never by its name: PDF, JPEG, PNG or TIFF that opens,
 * with its page count. Anything else is refused with the rule it breaks.
 */
export async function inspectAttachment(bytes: Buffer): Promise<{ mediaType: AttachmentMediaType; pageCount: number }> {
  if (bytes.length === 0) refuse('empty');
  if (bytes.length > attachmentLimits.fileBytes) refuse('too_large');
  const sniffed = (await fileTypeFromBuffer(bytes))?.mime;
  const mediaType = attachmentMediaTypes.find((type) => type === sniffed);
  if (!mediaType || carriesZip(bytes)) refuse('type');
  const pageCount = mediaType === 'application/pdf' ? await pdfPages(bytes) : await imagePages(bytes, mediaType);
  return { mediaType, pageCount };
}
