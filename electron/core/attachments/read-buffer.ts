import { scansStoredAtOnce } from '../../../shared/domain/scan-limits';
import { attachmentLimits } from './attachment-checks';
import type { SharedContent } from './sealing-worker';

/**
 * The memory a file is read into for its checks, lent to one import at a time and kept for the
 * next. A fresh buffer for every scan cost more than the checks themselves: each is memory V8
 * counts against its heap, and a few tens of megabytes of it start a full collection of the
 * desk's whole heap (1.6 s of collection for a gigabyte of scans, measured). The memory is shared
 * with the sealing threads, which seal the very bytes that are checked, in place: the file is read
 * once, and nothing is copied between threads. Kept between imports: one buffer for each of the
 * imports a batch runs at once (`scansStoredAtOnce`), each as large as the largest file it held
 * (at most the 25 MB limit of one file); shared memory freed per file lingered until both threads
 * had collected it.
 */
const kept: Buffer[] = [];
const KEPT_MOST = scansStoredAtOnce;

/** A buffer of at least `size` bytes over shared memory, the caller's alone until it gives it back. */
export function borrowReadBuffer(size: number): Buffer {
  const fits = kept.filter((buffer) => buffer.length >= size).sort((a, b) => a.length - b.length)[0];
  if (fits) {
    kept.splice(kept.indexOf(fits), 1);
    return fits;
  }
  return Buffer.from(new SharedArrayBuffer(Math.max(1, size)));
}

/** Gives a buffer back once nothing reads it any more: the largest few, no larger than a scan may be, are kept. */
export function returnReadBuffer(buffer: Buffer): void {
  if (buffer.length > attachmentLimits.fileBytes) return;
  kept.push(buffer);
  kept.sort((a, b) => b.length - a.length);
  kept.length = Math.min(kept.length, KEPT_MOST);
}

/** Where a lent buffer's bytes are, for a sealing thread to read them in place; null for other memory. */
export function sharedPlace(content: Uint8Array): SharedContent | null {
  return content.buffer instanceof SharedArrayBuffer ? { buffer: content.buffer, byteOffset: content.byteOffset, length: content.length } : null;
}
