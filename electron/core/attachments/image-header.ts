import UTIF from 'utif2';

/**
 * What a scan may be, judged from its header before a single pixel is decoded: a page at 600 dpi
 * on A3 is about 70 megapixels, and a sheet-fed batch a few hundred pages. A file that declares
 * more is refused before decoding, so a small file cannot make the desk allocate gigabytes.
 */
const imageLimits = { pixelsPerPage: 100_000_000, pages: 500 } as const;

export type ImageHeader = { width: number; height: number; pages: number };

function pngHeader(bytes: Uint8Array): ImageHeader | null {
  // Signature, then the IHDR chunk first: length 13, type, width, height (big-endian).
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20), pages: 1 };
}

function jpegHeader(bytes: Uint8Array): ImageHeader | null {
  // Walk the segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[at + 5]! << 8) | bytes[at + 6]!, width: (bytes[at + 7]! << 8) | bytes[at + 8]!, pages: 1 };
    }
    at += 2 + length;
  }
  return null;
}

function tiffHeader(bytes: Uint8Array): ImageHeader | null {
  // Reading the directories decodes no pixels: each page's size is in its tags 256 and 257.
  const pages = UTIF.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as { t256?: number[]; t257?: number[] }[];
  if (pages.length === 0) return null;
  const largest = pages.reduce((big, page) => Math.max(big, (page.t256?.[0] ?? 0) * (page.t257?.[0] ?? 0)), 0);
  return { width: largest, height: 1, pages: pages.length };
}

/** The declared size of a PNG, JPEG or TIFF, or null where the header cannot be read. */
export function imageHeader(bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg' | 'image/tiff'): ImageHeader | null {
  if (mediaType === 'image/png') return pngHeader(bytes);
  if (mediaType === 'image/jpeg') return jpegHeader(bytes);
  return tiffHeader(bytes);
}

export const beyondScanLimits = (header: ImageHeader) => header.width * header.height > imageLimits.pixelsPerPage || header.pages > imageLimits.pages;
