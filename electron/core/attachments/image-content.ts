import { beyondScanLimits, imageHeader, tiffDirectories, tiffReader, tiffValues, type ImageHeader, type ImageMediaType, type TiffReader } from '../../../shared/domain/scan-limits';
import { refuse } from './attachment-rules';
import { inflatedSize } from './inflation';
import { checkPngStructure } from './png-structure';

const DEFLATE = [8, 32946];
// More strips than this on one page is no scanner's: a 100-megapixel page a row a strip has 10,000.
const MAX_STRIPS = 200_000;

/**
 * Whether a Deflate page of a TIFF expands beyond its declared size. Its strips (or tiles) are
 * inflated raw, after the two-byte zlib header, as the TIFF decoder reads them.
 */
async function tiffPageExpandsBeyond(tiff: TiffReader, bytes: Uint8Array, ifd: number): Promise<boolean> {
  if (!DEFLATE.includes(tiffValues(tiff, ifd, 259)[0] ?? 1)) return false;
  const [width = 0] = tiffValues(tiff, ifd, 256);
  const [height = 0] = tiffValues(tiff, ifd, 257);
  const bits = tiffValues(tiff, ifd, 258, 8).reduce((sum, b) => sum + b, 0) || 8;
  // Tiles may pad a page's edges: twice the page, and a little more, is room for any honest file.
  const limit = 2 * Math.ceil((width * bits) / 8) * height + 1024 * 1024;
  const offsets = tiffValues(tiff, ifd, 273, MAX_STRIPS + 1).concat(tiffValues(tiff, ifd, 324, MAX_STRIPS + 1));
  const counts = tiffValues(tiff, ifd, 279, MAX_STRIPS + 1).concat(tiffValues(tiff, ifd, 325, MAX_STRIPS + 1));
  if (offsets.length > MAX_STRIPS) return true;
  let total = 0;
  for (const [i, offset] of offsets.entries()) {
    // Each strip is its own deflate stream; what they all expand to is counted against one limit.
    const strip = bytes.subarray(Math.min(bytes.length, offset + 2), Math.min(bytes.length, offset + (counts[i] ?? 0)));
    const measured = await inflatedSize([strip], true, limit - total);
    if (measured === null) return true;
    total += measured;
  }
  return false;
}

/** Whether any page of a TIFF expands beyond its size: the desk decodes the first, the viewer any. */
async function tiffExpandsBeyondHeader(bytes: Uint8Array): Promise<boolean> {
  const tiff = tiffReader(bytes);
  for (const ifd of (tiff && tiffDirectories(tiff)) ?? []) if (await tiffPageExpandsBeyond(tiff!, bytes, ifd)) return true;
  return false;
}

/**
 * An image's declared size, once its header and its compressed data are within a scan's (and a
 * PNG is proven whole): the attachment checks and the signed-scan reader run no decoder on anything else.
 */
export async function checkedImageHeader(bytes: Uint8Array, mediaType: ImageMediaType): Promise<ImageHeader> {
  const header = imageHeader(bytes, mediaType);
  if (!header || header.width === 0 || header.height === 0) refuse('image_broken');
  if (beyondScanLimits(header)) refuse('image_too_large');
  if (mediaType === 'image/png') await checkPngStructure(bytes);
  if (mediaType === 'image/tiff' && (await tiffExpandsBeyondHeader(bytes))) refuse('structure_too_large');
  return header;
}
