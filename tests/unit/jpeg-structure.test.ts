import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jpegIsWhole } from '../../electron/core/attachments/jpeg-structure';
import { jpegBytes } from '../support/sample-files';

const whole = jpegBytes(64, 48, 3);
/** Where each segment of a JPEG starts, with its marker, up to the first scan. */
function segments(bytes: Uint8Array): { at: number; marker: number; end: number }[] {
  const found = [];
  for (let at = 2; bytes[at + 1] !== 0xda; ) {
    const end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    found.push({ at, marker: bytes[at + 1]!, end });
    at = end;
  }
  return found;
}
const without = (bytes: Buffer, marker: number) => {
  const segment = segments(bytes).find((s) => s.marker === marker)!;
  return Buffer.concat([bytes.subarray(0, segment.at), bytes.subarray(segment.end)]);
};

describe('a JPEG judged whole by its structure', () => {
  it('takes a whole file, with fill bytes before a marker too', () => {
    expect(jpegIsWhole(whole)).toBe(true);
    expect(jpegIsWhole(jpegBytes(1200, 900, 7))).toBe(true);
    const filled = Buffer.concat([whole.subarray(0, 2), Buffer.from([0xff, 0xff]), whole.subarray(2)]);
    expect(jpegIsWhole(filled)).toBe(true);
  });

  it('refuses a file with no tables or no frame before its scan', () => {
    expect(jpegIsWhole(without(whole, 0xc4))).toBe(false);
    expect(jpegIsWhole(without(whole, 0xdb))).toBe(false);
    expect(jpegIsWhole(without(whole, 0xc0))).toBe(false);
  });

  it('refuses an arithmetic-coded frame, which the viewers do not open', () => {
    const frame = segments(whole).find((s) => s.marker === 0xc0)!;
    const arithmetic = Buffer.from(whole);
    arithmetic[frame.at + 1] = 0xc9;
    expect(jpegIsWhole(arithmetic)).toBe(false);
  });

  it('refuses a segment whose length runs past the end, and bytes that only start like a JPEG', () => {
    const frame = segments(whole).find((s) => s.marker === 0xc0)!;
    const long = Buffer.from(whole);
    long.writeUInt16BE(0xfff0, frame.at + 2);
    expect(jpegIsWhole(long)).toBe(false);
    expect(jpegIsWhole(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...'JFIF'.split('').map((c) => c.charCodeAt(0))]))).toBe(false);
    expect(jpegIsWhole(Buffer.from('not a jpeg'))).toBe(false);
  });

  test.prop([fc.integer({ min: 0, max: whole.length - 1 })])('refuses the file cut short anywhere', (length) => {
    expect(jpegIsWhole(whole.subarray(0, length))).toBe(false);
  });

  test.prop([fc.uint8Array({ minLength: 0, maxLength: 2000 })])('never throws on any bytes after the start marker', (rest) => {
    expect(typeof jpegIsWhole(Buffer.concat([Buffer.from([0xff, 0xd8]), rest]))).toBe('boolean');
  });
});
