/**
 * The memory a file is read into for its checks, lent to one import at a time and kept for the
 * next. A fresh buffer for every scan cost more than the checks themselves: each is memory V8
 * counts against its heap, and a few tens of megabytes of it start a full collection of the
 * desk's whole heap (1.6 s of collection for a gigabyte of scans, measured). One buffer, as large
 * as the largest file read so far (at most the 25 MB limit of one file), is kept between imports.
 */
let kept: Buffer | null = null;

/** A buffer of at least `size` bytes, the caller's alone until it gives it back. */
export function borrowReadBuffer(size: number): Buffer {
  if (kept && kept.length >= size) {
    const lent = kept;
    kept = null;
    return lent;
  }
  return Buffer.allocUnsafeSlow(size);
}

/** Gives a buffer back once nothing reads it any more: the larger of it and the one kept is kept. */
export function returnReadBuffer(buffer: Buffer) {
  if (!kept || buffer.length > kept.length) kept = buffer;
}
