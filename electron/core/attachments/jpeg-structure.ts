/**
 * Whether a JPEG is whole, judged by its structure instead of by decoding it: every segment where
 * its length says, the tables and the frame a decoder needs before the first scan, each scan's
 * entropy-coded data running to a marker, and the end-of-image marker last. A scan cut short by a
 * crash or a full disk, or bytes that only start like a JPEG, fail here. Decoding every pixel
 * (jpeg-js takes about a fifth of a second per megapixel: nearly two seconds for an A4 page at
 * 300 dpi) would catch only damage inside the compressed data, which viewers show as a smudge.
 * Baseline, extended and progressive Huffman frames are what the desk's viewers open.
 */
export function jpegIsWhole(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let at = 2;
  let frame = false;
  let quantisation = false;
  let huffman = false;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1]!;
    // Fill bytes may come before any marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd9) return frame;
    if (marker === 0xd8 || marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7)) return false;
    if (at + 3 >= bytes.length) return false;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return false;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      // Lossless, hierarchical and arithmetic-coded frames: no viewer the receiving body uses opens them.
      if (marker > 0xc2 || frame) return false;
      frame = true;
    }
    if (marker === 0xdb) quantisation = true;
    if (marker === 0xc4) huffman = true;
    if (marker !== 0xda) {
      at = end;
      continue;
    }
    if (!frame || !quantisation || !huffman) return false;
    at = endOfScan(bytes, end);
    if (at < 0) return false;
  }
  return false;
}

/**
 * Where a scan's entropy-coded data ends: the first marker that is neither a stuffed zero nor a
 * restart; -1 if the file ends first.
 */
function endOfScan(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0xff, from); at >= 0 && at + 1 < bytes.length; at = bytes.indexOf(0xff, at + 1)) {
    const next = bytes[at + 1]!;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return at;
  }
  return -1;
}
