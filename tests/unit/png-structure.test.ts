import { deflateSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { inspectAttachment } from '../../electron/core/attachments/attachment-checks';
import { checkedImageHeader } from '../../electron/core/attachments/image-content';
import { checkPngStructure } from '../../electron/core/attachments/png-structure';
import { handMadePng, pngChunk, pngEnd, pngOf, pngParts, type PngShape } from '../support/png-files';
import { pngBytes } from '../support/sample-files';

// Every PNG here goes through the attachment checks whole, as an imported scan does.
const accepted = async (bytes: Buffer) => expect(await inspectAttachment(bytes)).toEqual({ mediaType: 'image/png', pageCount: 1 });
const refusal = (rule: string) => ({ code: 'attachment.refused', issues: [{ path: ['file'], message: `validation.attachment_${rule}` }] });
const refused = (bytes: Buffer, rule: string) => expect(inspectAttachment(bytes)).rejects.toMatchObject(refusal(rule));

/** A PNG as pngjs writes it, of random samples: pngjs writes colour types 0, 2, 4 and 6 at 8 or 16 bits. */
function pngjsWritten(width: number, height: number, colorType: 0 | 2 | 4 | 6, bitDepth: 8 | 16, filterType = -1, seed = 1): Buffer {
  const png = new PNG({ width, height });
  let state = seed;
  // Four channels of input a pixel, two bytes each at 16 bits.
  png.data = Buffer.from(Array.from({ length: width * height * 4 * (bitDepth / 8) }, () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24));
  return PNG.sync.write(png, { colorType, bitDepth, filterType });
}

/** Where each chunk of a PNG is, from its length field to the end of its checksum. */
function chunksOf(bytes: Buffer): { type: string; at: number; end: number }[] {
  const found = [];
  for (let at = 8; at < bytes.length; ) {
    const end = at + 12 + bytes.readUInt32BE(at);
    found.push({ type: bytes.toString('latin1', at + 4, at + 8), at, end });
    at = end;
  }
  return found;
}

const palette8: PngShape = { width: 13, height: 7, bitDepth: 8, colourType: 3 };
const interlacedRgba: PngShape = { width: 37, height: 21, bitDepth: 8, colourType: 6, interlaced: true };

/** A hand-made PNG of this shape whose inflated image data is first changed by `change`. */
function withImageData(shape: PngShape, change: (raw: Buffer, rowStarts: number[]) => Buffer, compress = (data: Buffer) => deflateSync(data)): Buffer {
  const { header, palette, raw, rowStarts } = pngParts(shape);
  return pngOf([header, palette, pngChunk('IDAT', compress(change(Buffer.from(raw), rowStarts))), pngEnd]);
}

/** A hand-made PNG whose header field at `offset` (into the 13 bytes) is `value`. */
function withHeaderField(shape: PngShape, offset: number, value: number): Buffer {
  const { header, palette, raw } = pngParts(shape);
  const changed = Buffer.from(header.subarray(8, 21));
  changed[offset] = value;
  return pngOf([pngChunk('IHDR', changed), palette, pngChunk('IDAT', deflateSync(raw)), pngEnd]);
}

describe('a PNG judged whole by its structure, without decoding it', () => {
  it.each([
    [0, 8],
    [0, 16],
    [2, 8],
    [2, 16],
    [4, 8],
    [4, 16],
    [6, 8],
    [6, 16],
  ] as const)('accepts a PNG pngjs writes in colour type %i at %i bits', async (colorType, bitDepth) => {
    await accepted(pngjsWritten(23, 11, colorType, bitDepth));
  });

  const handMadeShapes: PngShape[] = [
    ...[1, 2, 4].map((bitDepth) => ({ width: 13, height: 7, bitDepth, colourType: 0 as const })),
    ...[1, 2, 4, 8].map((bitDepth) => ({ width: 13, height: 7, bitDepth, colourType: 3 as const })),
    ...[0, 2, 3, 4, 6].flatMap((colourType) => [{ width: 1, height: 1 }, { width: 1, height: 9 }, { width: 9, height: 1 }, { width: 37, height: 21 }].map((size) => ({ ...size, bitDepth: colourType === 3 ? 2 : 16, colourType, interlaced: true }) as PngShape)),
  ];
  it.each(handMadeShapes)('accepts a PNG made by hand: %o', async (shape) => {
    const bytes = handMadePng(shape);
    // pngjs reads what the hand made, so the builder makes real PNGs.
    expect(PNG.sync.read(bytes)).toMatchObject({ width: shape.width, height: shape.height });
    await accepted(bytes);
  });

  it('accepts image data spread over several chunks, one of them empty, and rows across the pieces it inflates in', async () => {
    // About two megabytes inflated: rows and passes straddle the pieces the stream arrives in.
    for (const shape of [{ width: 700, height: 400, bitDepth: 16, colourType: 2 }, { width: 700, height: 400, bitDepth: 16, colourType: 2, interlaced: true }] as PngShape[]) {
      const { header, raw, rowStarts } = pngParts(shape, 5);
      const spread = (data: Buffer) => pngOf([header, ...[data.subarray(0, 1000), Buffer.alloc(0), data.subarray(1000, 50_000), data.subarray(50_000)].map((piece) => pngChunk('IDAT', piece)), pngEnd]);
      await accepted(spread(deflateSync(raw)));
      // A bad filter byte far into the stream is found too, in the last piece or in the middle.
      for (const row of [rowStarts.at(-1)!, rowStarts[Math.floor(rowStarts.length / 2)]!]) await refused(spread(deflateSync(Buffer.from(raw).fill(5, row, row + 1))), 'image_broken');
    }
    // And a chunk a byte, which the inflating joins back into larger writes.
    const { header, raw, rowStarts } = pngParts(interlacedRgba, 6);
    const byteChunks = (data: Buffer) => pngOf([header, ...Array.from(data, (byte) => pngChunk('IDAT', Buffer.from([byte]))), pngEnd]);
    await accepted(byteChunks(deflateSync(raw)));
    await refused(byteChunks(deflateSync(Buffer.from(raw).fill(5, rowStarts.at(-1)!, rowStarts.at(-1)! + 1))), 'image_broken');
  });

  it('refuses a chunk whose checksum does not match, even with every byte of its data intact', async () => {
    const bytes = pngBytes(40, 30, 1);
    const imageData = chunksOf(bytes).find((chunk) => chunk.type === 'IDAT')!;
    const damaged = Buffer.from(bytes);
    damaged[imageData.end - 1]! ^= 0x01;
    await refused(damaged, 'image_broken');
  });

  it('refuses a file without its end chunk, or with anything after it', async () => {
    const bytes = pngBytes(40, 30, 1);
    await refused(bytes.subarray(0, bytes.length - 12), 'image_broken');
    await refused(Buffer.concat([bytes, Buffer.from('more')]), 'image_broken');
  });

  it('refuses image data cut short inside its chunk, damaged, or followed there by bytes that are not part of it', async () => {
    // All the rows are there without the stream's closing checksum, or with a wrong one.
    await refused(withImageData(palette8, (raw) => raw, (raw) => deflateSync(raw).subarray(0, -4)), 'image_broken');
    const wrongChecksum = (raw: Buffer) => {
      const data = deflateSync(raw);
      data[data.length - 1]! ^= 0x01;
      return data;
    };
    await refused(withImageData(palette8, (raw) => raw, wrongChecksum), 'image_broken');
    await refused(withImageData(palette8, (raw) => raw, (raw) => Buffer.concat([deflateSync(raw), Buffer.from([0, 0, 0])])), 'image_broken');
  });

  it('refuses image data that inflates to fewer bytes than the header implies, and more as too large', async () => {
    await refused(withImageData(palette8, (raw) => raw.subarray(0, raw.length - 1)), 'image_broken');
    await refused(withImageData(interlacedRgba, (raw) => raw.subarray(0, raw.length - 1)), 'image_broken');
    await refused(withImageData(palette8, (raw) => Buffer.concat([raw, Buffer.alloc(1)])), 'structure_too_large');
  });

  it('refuses a row whose filter byte is not one of the five, in any pass of an interlaced image', async () => {
    await refused(withImageData(palette8, (raw, rows) => raw.fill(5, rows[3]!, rows[3]! + 1)), 'image_broken');
    // The last row of the last pass, and one in the middle of the third.
    await refused(withImageData(interlacedRgba, (raw, rows) => raw.fill(5, rows.at(-1)!, rows.at(-1)! + 1)), 'image_broken');
    const thirdPass = Math.ceil(21 / 8) + Math.ceil(21 / 8) + 1;
    await refused(withImageData(interlacedRgba, (raw, rows) => raw.fill(255, rows[thirdPass]!, rows[thirdPass]! + 1)), 'image_broken');
  });

  it('refuses a palette image without its palette, and a palette in a grey image', async () => {
    const { header, raw } = pngParts(palette8);
    await refused(pngOf([header, pngChunk('IDAT', deflateSync(raw)), pngEnd]), 'image_broken');
    const grey = pngParts({ ...palette8, colourType: 0 });
    await refused(pngOf([grey.header, pngChunk('PLTE', Buffer.alloc(6)), pngChunk('IDAT', deflateSync(grey.raw)), pngEnd]), 'image_broken');
  });

  it('refuses a palette that is not of whole colours, or of more than 256', async () => {
    const { header, raw } = pngParts(palette8);
    const withPalette = (entries: Buffer) => pngOf([header, pngChunk('PLTE', entries), pngChunk('IDAT', deflateSync(raw)), pngEnd]);
    await accepted(withPalette(Buffer.alloc(256 * 3)));
    await refused(withPalette(Buffer.alloc(7)), 'image_broken');
    await refused(withPalette(Buffer.alloc(257 * 3)), 'image_broken');
    await refused(withPalette(Buffer.alloc(0)), 'image_broken');
  });

  it('refuses image data split by another chunk, and a critical chunk the format does not define', async () => {
    const { header, raw } = pngParts(interlacedRgba);
    const data = deflateSync(raw);
    const [first, second] = [pngChunk('IDAT', data.subarray(0, 100)), pngChunk('IDAT', data.subarray(100))];
    await accepted(pngOf([header, first, second, pngEnd]));
    await refused(pngOf([header, first, pngChunk('tEXt', Buffer.from('Title\0scan')), second, pngEnd]), 'image_broken');
    await refused(pngOf([header, pngChunk('SCAN', Buffer.alloc(4)), first, second, pngEnd]), 'image_broken');
    // A chunk whose type is not four letters is not one at all.
    await accepted(pngOf([header, pngChunk('scAn', Buffer.alloc(4)), first, second, pngEnd]));
    await refused(pngOf([header, pngChunk('sc4n', Buffer.alloc(4)), first, second, pngEnd]), 'image_broken');
  });

  it('refuses a file whose first chunk is not a header of 13 bytes, or that lacks the signature', async () => {
    const { header, palette, raw } = pngParts(palette8);
    const rest = [palette, pngChunk('IDAT', deflateSync(raw)), pngEnd];
    const longHeader = pngOf([pngChunk('IHDR', Buffer.concat([header.subarray(8, 21), Buffer.alloc(1)])), ...rest]);
    await expect(checkedImageHeader(longHeader, 'image/png')).rejects.toMatchObject(refusal('image_broken'));
    // The declared size is read where the header should be; the structure also finds it is not,
    // even where the first chunk holds a header's 13 bytes.
    await expect(checkPngStructure(pngOf([pngChunk('tEXt', header.subarray(8, 21)), ...rest]))).rejects.toMatchObject(refusal('image_broken'));
    // The signed-scan reader is told the type by its caller: the bytes need not start as a PNG does.
    const unsigned = handMadePng(palette8);
    unsigned[0] = 0x88;
    await expect(checkedImageHeader(unsigned, 'image/png')).rejects.toMatchObject(refusal('image_broken'));
  });

  it.each([
    ['a bit depth its colour type does not allow', { ...interlacedRgba, bitDepth: 8, colourType: 2 }, 8, 4],
    ['a palette of 16 bits', palette8, 8, 16],
    ['an unknown colour type', palette8, 9, 5],
    ['another compression method', palette8, 10, 1],
    ['another filter method', palette8, 11, 1],
    ['an unknown interlace method', palette8, 12, 2],
  ] as const)('refuses a header with %s', async (_label, shape, offset, value) => {
    await refused(withHeaderField(shape, offset, value), 'image_broken');
  });

  const shapes = fc.record({
    width: fc.integer({ min: 1, max: 24 }),
    height: fc.integer({ min: 1, max: 24 }),
    colorType: fc.constantFrom(0 as const, 2 as const, 4 as const, 6 as const),
    bitDepth: fc.constantFrom(8 as const, 16 as const),
    filterType: fc.integer({ min: -1, max: 4 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  });

  test.prop([shapes], { numRuns: 150 })('accepts any small image pngjs writes', async ({ width, height, colorType, bitDepth, filterType, seed }) => {
    await accepted(pngjsWritten(width, height, colorType, bitDepth, filterType, seed));
  });

  const whole = pngjsWritten(20, 10, 2, 8);
  // Shorter than the signature and a chunk's length and type, the file is not taken for a PNG at all.
  test.prop([fc.integer({ min: 16, max: whole.length - 1 })], { numRuns: 100 })('refuses the file cut short anywhere after its first chunk begins', async (length) => {
    await refused(whole.subarray(0, length), 'image_broken');
  });
});
