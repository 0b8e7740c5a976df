import { Worker } from 'node:worker_threads';

/**
 * The worker's code, plain CommonJS run from a string (as the integrity check's): it needs no
 * bundling. It hashes and encrypts a quarter of a megabyte at a time, writes each slice as it comes,
 * and fsyncs the file. The slice is what fits a core's cache with its ciphertext: OpenSSL's GCM on
 * one-megabyte slices was measured seven times slower here, and on a whole file slower still.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createCipheriv, createHash } = require('node:crypto');
const { closeSync, fsyncSync, openSync, readSync, rmSync, writeSync } = require('node:fs');
const SLICE = 256 * 1024;
const slice = Buffer.allocUnsafe(SLICE);
function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}
function readSlice(source, at) {
  const length = Math.min(SLICE, source.length - at);
  for (let filled = 0; filled < length; ) {
    const read = readSync(source.fd, slice, filled, length - filled, at + filled);
    if (read === 0) throw Object.assign(new Error('the file ended early'), { code: 'ESHORT' });
    filled += read;
  }
  return slice.subarray(0, length);
}
parentPort.on('message', ({ id, tempPath, header, fileKey, dataIv, content, source }) => {
  let fd;
  try {
    const hash = createHash('sha256');
    const cipher = createCipheriv('aes-256-gcm', fileKey, dataIv);
    cipher.setAAD(header);
    fd = openSync(tempPath, 'wx', 0o600);
    writeAll(fd, header);
    const length = content ? content.length : source.length;
    for (let at = 0; at < length; at += SLICE) {
      const part = content ? content.subarray(at, at + SLICE) : readSlice(source, at);
      hash.update(part);
      writeAll(fd, cipher.update(part));
    }
    writeAll(fd, Buffer.concat([cipher.final(), cipher.getAuthTag()]));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    parentPort.postMessage({ id, sha256: hash.digest('hex') });
  } catch (error) {
    if (fd !== undefined) try { closeSync(fd); } catch {}
    try { rmSync(tempPath, { force: true }); } catch {}
    parentPort.postMessage({ id, error: { code: error && error.code, message: String(error && error.message) } });
  }
});
`;

/**
 * What to seal: content in memory (copied to the thread), or the first `length` bytes of a file this
 * process holds open, which the thread reads itself a slice at a time: no copy of the whole file
 * on either thread, and only a slice of it in the thread's memory.
 */
export type SealingSource = { content: Uint8Array } | { source: { fd: number; length: number } };
export type SealingJob = { tempPath: string; header: Uint8Array; fileKey: Uint8Array; dataIv: Uint8Array } & SealingSource;

/** A failure the worker met, with the system's code (ENOSPC, EACCES…) as a write on this thread would carry. */
class SealingError extends Error {
  override readonly name = 'SealingError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * One thread that seals scans for a blob store, so that a file's sealing, writing and fsync run on
 * the other core while the desk's thread checks the same content. Started on first use; it does
 * not keep the process alive when no job is waiting.
 */
export function sealingThread(): { seal(job: SealingJob): Promise<string> } {
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve: (sha256: string) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = null;
  };
  const started = () => {
    if (worker) return worker;
    const thread = new Worker(WORKER_SOURCE, { eval: true });
    thread.on('message', ({ id, sha256, error }: { id: number; sha256?: string; error?: { code?: string; message: string } }) => {
      const job = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) thread.unref();
      if (error) job?.reject(new SealingError(error.message, error.code));
      else job?.resolve(sha256!);
    });
    thread.on('error', (error) => failAll(error));
    thread.on('exit', () => failAll(new SealingError('the sealing thread stopped', undefined)));
    worker = thread;
    return thread;
  };
  return {
    seal(job) {
      const thread = started();
      const id = nextId++;
      thread.ref();
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if ('source' in job) return thread.postMessage({ id, ...job });
        // A copy moved to the thread: the structured clone of tens of megabytes costs more than
        // sealing them, while a copy is a memcpy and moving it costs nothing. The thread's copy
        // is its own to free: shared memory lingered until both threads collected it.
        const content = new Uint8Array(job.content);
        thread.postMessage({ id, ...job, content }, [content.buffer]);
      });
    },
  };
}
