import { crc32 } from 'node:zlib';
import { refuse } from './attachment-rules';
import { inflation } from './inflation';

/**
 * Whether a PNG is whole and well-formed, judged in one pass instead of by decoding it: its chunks
 * walked from the signature, each with its checksum; the header's fields a combination the format
 * allows; the palette where the colour type needs one; the image data in consecutive chunks; and
 * the end chunk last, with nothing after it. The image data is inflated piece by piece, nothing
 * kept, and must end as a stream and come to exactly the size the header implies, each row
 * starting with one of the format's filters. That is what a decoder fails on, short of ancillary
 * chunks, which are only checksummed here: viewers skip what they cannot use. The same pass
 * measures the stream against a bomb. Decoding (pngjs) took about 0.4 s of the desk's main thread
 * for an A4 page at 300 dpi; here the inflating runs on the thread pool.
 */
export async function checkPngStructure(bytes: Uint8Array): Promise<void> {
  const structure = pngChunks(bytes);
  if (!structure) refuse('image_broken');
  const layout = rowLayout(structure.header);
  const expected = layout.reduce((sum, pass) => sum + pass.rows * pass.rowBytes, 0);
  const inflated = await inflation(structure.imageData, false, expected, filterBytesWithin(layout));
  // A stream that expands past its header is the bomb the check is for; anything else amiss is damage.
  if (inflated.ending === 'beyond') refuse('structure_too_large');
  // Damaged, cut short, short of rows, a row with an unknown filter, or bytes after the stream's end.
  if (inflated.ending !== 'whole' || inflated.size !== expected || inflated.unread !== 0) refuse('image_broken');
}

type PngHeader = { width: number; height: number; colourType: number; bitsPerPixel: number; interlaced: boolean };

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// The bit depths each colour type allows, and its samples per pixel.
const depthsOf: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function headerOf(field: Uint8Array): PngHeader | null {
  const view = new DataView(field.buffer, field.byteOffset, field.byteLength);
  const [width, height] = [view.getUint32(0), view.getUint32(4)];
  const [depth = 0, colourType = 0, compression, filter, interlace] = field.subarray(8, 13);
  // A width or height of zero, or beyond a scan's, was refused by the declared size before.
  if (!depthsOf[colourType]?.includes(depth) || compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) return null;
  return { width, height, colourType, bitsPerPixel: depth * channelsOf[colourType]!, interlaced: interlace === 1 };
}

const isLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);

/**
 * The header and the image data's pieces, in a file whose chunks are all whole and in an order
 * the format allows; null where they are not. The pieces are views of `bytes`, not copies.
 */
function pngChunks(bytes: Uint8Array): { header: PngHeader; imageData: Uint8Array[] } | null {
  if (bytes.length < SIGNATURE.length || SIGNATURE.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: PngHeader | null = null;
  let palette = false;
  const imageData: Uint8Array[] = [];
  let imageDataEnded = false;
  for (let at = SIGNATURE.length; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const end = at + 8 + length;
    if (end + 4 > bytes.length) return null;
    const typeBytes = bytes.subarray(at + 4, at + 8);
    if (!typeBytes.every(isLetter) || crc32(bytes.subarray(at + 4, end)) !== view.getUint32(end)) return null;
    const type = String.fromCharCode(...typeBytes);
    const data = bytes.subarray(at + 8, end);
    if (imageData.length > 0 && type !== 'IDAT') imageDataEnded = true;
    if (!header) {
      // The header comes first, and only once.
      if (type !== 'IHDR' || length !== 13) return null;
      header = headerOf(data);
      if (!header) return null;
    } else if (type === 'PLTE') {
      // Of 1 to 256 colours, before the image data, and never in a grey image.
      if (palette || imageData.length > 0 || header.colourType === 0 || header.colourType === 4) return null;
      if (length === 0 || length % 3 !== 0 || length > 256 * 3) return null;
      palette = true;
    } else if (type === 'IDAT') {
      if (imageDataEnded || (header.colourType === 3 && !palette)) return null;
      imageData.push(data);
    } else if (type === 'IEND') {
      // Last and empty: a file cut short has none, and nothing follows it. (Without image data
      // before it, the stream fails to inflate.)
      return length === 0 && end + 4 === bytes.length ? { header, imageData } : null;
    } else if ((typeBytes[0]! & 0x20) === 0) {
      // A critical chunk the format does not define: no viewer can show the image without it.
      return null;
    }
    at = end + 4;
  }
  return null;
}

const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Rows of the inflated image data: each a filter byte and its packed samples. */
type Pass = { rows: number; rowBytes: number };

/** The image as one pass of rows, or, interlaced, as Adam7's seven (those without a pixel have no rows at all). */
function rowLayout({ width, height, bitsPerPixel, interlaced }: PngHeader): Pass[] {
  const pass = (w: number, h: number): Pass => ({ rows: w > 0 ? h : 0, rowBytes: 1 + Math.ceil((w * bitsPerPixel) / 8) });
  const passes = interlaced ? adam7.map(([x, y, dx, dy]) => pass(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy))) : [pass(width, height)];
  return passes.filter((one) => one.rows > 0);
}

/**
 * A look at the inflated pieces as they arrive that finds where each row starts, across pieces
 * and passes, and answers false at a filter byte other than the format's five (0 to 4).
 */
function filterBytesWithin(layout: Pass[]): (piece: Buffer) => boolean {
  let pass = 0;
  let rowsLeft = layout[0]?.rows ?? 0;
  // Where the next row starts in the inflated stream, and where the current piece does.
  let nextRow = 0;
  let pieceStart = 0;
  return (piece) => {
    const pieceEnd = pieceStart + piece.length;
    while (nextRow < pieceEnd && pass < layout.length) {
      if (piece[nextRow - pieceStart]! > 4) return false;
      nextRow += layout[pass]!.rowBytes;
      rowsLeft--;
      if (rowsLeft === 0) rowsLeft = layout[++pass]?.rows ?? 0;
    }
    pieceStart = pieceEnd;
    return true;
  };
}
