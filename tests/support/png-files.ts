import { crc32, deflateSync } from 'node:zlib';

/**
 * PNGs built chunk by chunk, for what pngjs cannot write (palettes, grey below 8 bits, Adam7
 * interlacing) and for files broken in one exact place.
 */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One chunk: its length, type and data, and the checksum over type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

export type PngShape = { width: number; height: number; bitDepth: number; colourType: 0 | 2 | 3 | 4 | 6; interlaced?: boolean };

const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as const;
// Adam7's passes written again from the PNG specification, not taken from png-structure.ts: files
// built with the checker's own table would agree with any mistake in it.
const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Each pass's size in pixels: the whole image, or Adam7's seven reduced images. */
function passSizes({ width, height, interlaced }: PngShape): [number, number][] {
  if (!interlaced) return [[width, height]];
  return adam7.map(([x, y, dx, dy]) => [Math.max(0, Math.ceil((width - x) / dx)), Math.max(0, Math.ceil((height - y) / dy))]);
}

/**
 * A PNG's parts before they are put together: the header chunk, a palette of every index the bit
 * depth can hold (for colour type 3), and the inflated image data, each row a filter byte (all
 * five in turn) and random samples; `rowStarts` is where each row's filter byte is.
 */
export function pngParts(shape: PngShape, seed = 1) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(shape.width, 0);
  header.writeUInt32BE(shape.height, 4);
  header.set([shape.bitDepth, shape.colourType, 0, 0, shape.interlaced ? 1 : 0], 8);
  const bitsPerPixel = shape.bitDepth * channels[shape.colourType];
  let state = seed;
  // An LCG in 32 bits, its top byte: the low ones repeat every few hundred values.
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24;
  const rows: Buffer[] = [];
  const rowStarts: number[] = [];
  let at = 0;
  for (const [w, h] of passSizes(shape)) {
    // A pass without a pixel has no rows at all, not even a filter byte.
    if (w === 0) continue;
    for (let y = 0; y < h; y++) {
      const row = Buffer.alloc(1 + Math.ceil((w * bitsPerPixel) / 8));
      row[0] = rows.length % 5;
      for (let i = 1; i < row.length; i++) row[i] = random();
      rowStarts.push(at);
      at += row.length;
      rows.push(row);
    }
  }
  const colours = 2 ** Math.min(shape.bitDepth, 8);
  const palette = Buffer.from(Array.from({ length: colours * 3 }, (_, i) => (i * 37) % 256));
  return {
    header: pngChunk('IHDR', header),
    palette: shape.colourType === 3 ? pngChunk('PLTE', palette) : null,
    raw: Buffer.concat(rows),
    rowStarts,
  };
}

export const pngEnd = pngChunk('IEND', Buffer.alloc(0));

/** The signature and then these chunks, as they are. */
export const pngOf = (chunks: (Buffer | null)[]) => Buffer.concat([PNG_SIGNATURE, ...chunks.filter((chunk) => chunk !== null)]);

/** A whole PNG of this shape, its image data deflated into one IDAT chunk. */
export function handMadePng(shape: PngShape, seed = 1): Buffer {
  const { header, palette, raw } = pngParts(shape, seed);
  return pngOf([header, palette, pngChunk('IDAT', deflateSync(raw)), pngEnd]);
}
