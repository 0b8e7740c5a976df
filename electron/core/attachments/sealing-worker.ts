import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, plain CommonJS run from a string (as the integrity check's): it needs no
 * bundling. A seal encrypts a quarter of a megabyte at a time (hashing it too when no other thread
 * does), writes each slice as it comes, and fsyncs the file. The slice is what fits a core's cache
 * with its ciphertext: OpenSSL's GCM on one-megabyte slices was measured seven times slower here,
 * and on a whole file slower still. Every few megabytes written, the disk is asked to start on
 * them (an fdatasync on the thread pool, not waited for), so that the final fsync waits for the
 * last few only and not the whole file: a gigabyte of scans one at a time spent 0.8 s in its final
 * fsyncs without it, 0.26 s with a sync every 4 MiB (every 2 MiB spent less there but more in all,
 * in the journal's commits; two files at a time did better with 4 MiB than with 8, 2.37 s against
 * 2.48 s, medians of seven rounds each, measured on ext4: a Windows desk's NTFS is yet to be
 * measured). The file is closed only once every sync asked of it has ended. Jobs run one after
 * another; each answers, whatever it met.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createCipheriv, createHash } = require('node:crypto');
const { closeSync, fdatasync, fsyncSync, openSync, rmSync, writeSync } = require('node:fs');
const SLICE = 256 * 1024;
const EARLY_SYNC = 4 * 1024 * 1024;
function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}
// A slice's ciphertext is freed once written, not when the collector comes to it: left to the
// collector, slices piled up between collections and their memory went back to the system, so each
// slice was written into fresh pages (faulted in and zeroed: about 0.3 s of processor a gigabyte,
// and 60 MB of resident memory). Only a buffer that is wholly its own is detached, never a view.
const release = (written) => {
  if (written.byteOffset === 0 && written.byteLength === written.buffer.byteLength) written.buffer.transfer(0);
};
const bytesOf = ({ content, shared }) => (content ? Buffer.from(content.buffer, content.byteOffset, content.byteLength) : Buffer.from(shared.buffer, shared.byteOffset, shared.length));
const failure = (id, error) => ({ id, error: { code: error && error.code, message: String(error && error.message) } });
function digest({ id, shared }) {
  try {
    const bytes = bytesOf({ shared });
    const hash = createHash('sha256');
    for (let at = 0; at < bytes.length; at += SLICE) hash.update(bytes.subarray(at, at + SLICE));
    parentPort.postMessage({ id, sha256: hash.digest('hex') });
  } catch (error) {
    parentPort.postMessage(failure(id, error));
  }
}
async function seal({ id, tempPath, header, fileKey, dataIv, content, shared, alsoHash }) {
  let fd;
  const syncs = [];
  try {
    const bytes = bytesOf({ content, shared });
    const hash = alsoHash ? createHash('sha256') : null;
    const cipher = createCipheriv('aes-256-gcm', fileKey, dataIv);
    cipher.setAAD(header);
    fd = openSync(tempPath, 'wx', 0o600);
    const opened = fd;
    writeAll(fd, header);
    let unsynced = 0;
    for (let at = 0; at < bytes.length; at += SLICE) {
      const part = bytes.subarray(at, at + SLICE);
      if (hash) hash.update(part);
      const sealedPart = cipher.update(part);
      writeAll(fd, sealedPart);
      release(sealedPart);
      unsynced += part.length;
      if (unsynced >= EARLY_SYNC) {
        unsynced = 0;
        syncs.push(new Promise((resolve, reject) => fdatasync(opened, (error) => (error ? reject(error) : resolve()))));
      }
    }
    writeAll(fd, Buffer.concat([cipher.final(), cipher.getAuthTag()]));
    fsyncSync(fd);
    await Promise.all(syncs);
    closeSync(fd);
    fd = undefined;
    parentPort.postMessage({ id, sha256: hash ? hash.digest('hex') : null });
  } catch (error) {
    await Promise.allSettled(syncs);
    if (fd !== undefined) try { closeSync(fd); } catch {}
    try { rmSync(tempPath, { force: true }); } catch {}
    parentPort.postMessage(failure(id, error));
  }
}
let queue = Promise.resolve();
parentPort.on('message', (job) => {
  queue = queue.then(() => (job.kind === 'digest' ? digest(job) : seal(job))).catch(() => {});
});
`;

/**
 * What to seal: content of this thread's (copied to the sealing thread), or content already in
 * memory shared with the sealing threads (a lent read buffer: read-buffer.ts), which they read in
 * place. Shared content must stay as it is until the job has settled.
 */
export type SharedContent = { buffer: SharedArrayBuffer; byteOffset: number; length: number };
export type SealingSource = { content: Uint8Array } | { shared: SharedContent };
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

/** What a thread is asked: to seal content (hashing it too unless another thread does), or only to hash shared content. */
type ThreadJob = ({ kind: 'seal'; alsoHash: boolean } & SealingJob) | { kind: 'digest'; shared: SharedContent };
type SealingThread = { run(job: ThreadJob): Promise<string | null>; waiting(): number; sealsWaiting(): number; stop(): Promise<void> };
type Pending = { resolve: (sha256: string | null) => void; reject: (error: Error) => void; seal: boolean };

/**
 * One sealing thread, started on first use; it does not keep the process alive when idle. A
 * thread that stops fails the jobs it held, and only those: the next job starts a new one, and
 * what the old one reports late (its exit follows its error) reaches only its own jobs.
 */
function sealingThread(): SealingThread {
  let current: { worker: Worker; pending: Map<number, Pending> } | null = null;
  let nextId = 0;
  const started = () => {
    if (current) return current;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    const pending = new Map<number, Pending>();
    const failAll = (error: Error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
      if (current?.worker === worker) current = null;
    };
    worker.on('message', ({ id, sha256, error }: { id: number; sha256: string | null; error?: { code?: string; message: string } }) => {
      const job = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) worker.unref();
      if (error) job?.reject(new SealingError(error.message, error.code));
      else job?.resolve(sha256);
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', () => failAll(new SealingError('the sealing thread stopped', undefined)));
    current = { worker, pending };
    return current;
  };
  const count = (which: (job: Pending) => boolean) => [...(current?.pending.values() ?? [])].filter(which).length;
  return {
    async stop() {
      // Its jobs are failed by its exit, as a thread that stops of itself fails them.
      if (current) await current.worker.terminate();
    },
    waiting: () => current?.pending.size ?? 0,
    sealsWaiting: () => count((job) => job.seal),
    run(job) {
      const { worker, pending } = started();
      const id = nextId++;
      worker.ref();
      return new Promise<string | null>((resolve, reject) => {
        pending.set(id, { resolve, reject, seal: job.kind === 'seal' });
        if (!('content' in job)) return worker.postMessage({ id, ...job });
        // A copy moved to the thread: the structured clone of tens of megabytes costs more than
        // sealing them, while a copy is a memcpy and moving it costs nothing. The thread's copy
        // is its own to free.
        const content = new Uint8Array(job.content);
        worker.postMessage({ id, ...job, content }, [content.buffer]);
      });
    },
  };
}

/**
 * The threads that seal a blob store's scans, so that sealing, writing and fsync run beside the
 * desk's thread, which checks the same content meanwhile. Two, so that one thread's fsync, which
 * waits on the disk and not the processor, overlaps the other's work when the desk imports several
 * files at once (measured: a gigabyte of scans two at a time, 3.9 s with one thread, 2.7–3.0 s
 * with two). Content in shared memory is hashed by one thread while the other encrypts and writes
 * it, the hash being the larger part of the work (0.62 s a gigabyte, against 0.22 s for the
 * encryption); other content is hashed as it is encrypted. A seal goes to the thread with the
 * fewest seals waiting, so that two files' writes and syncs run side by side, and its hash to the
 * other. The answer is the content's SHA-256, once every part of the job has ended. `close` stops
 * the threads, failing any job under way: an idle thread is not ended otherwise, and a store
 * opened for one task (each backup opens one) would leave its threads behind for the life of the app.
 */
export function sealingThreads(count = 2): { seal(job: SealingJob): Promise<string>; close(): Promise<void> } {
  const threads = Array.from({ length: count }, sealingThread);
  const bySeals = () => [...threads].sort((a, b) => a.sealsWaiting() - b.sealsWaiting() || a.waiting() - b.waiting());
  let closed = false;
  const settled = async (parts: Promise<string | null>[], tempPath: string) => {
    const outcomes = await Promise.allSettled(parts);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (!failed) return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<string | null>).value);
    // A thread that stopped mid-job could not remove what it had written; the others already did.
    await rm(tempPath, { force: true });
    throw failed.reason;
  };
  return {
    async seal(job) {
      if (closed) throw new SealingError('the sealing threads are closed', undefined);
      const [sealer, hasher] = bySeals();
      if (!('shared' in job) || !hasher) return (await settled([sealer!.run({ kind: 'seal', alsoHash: true, ...job })], job.tempPath))[0]!;
      // Both parts read the shared content: neither outlives the job, whatever the other did.
      const [, sha256] = await settled([sealer!.run({ kind: 'seal', alsoHash: false, ...job }), hasher.run({ kind: 'digest', shared: job.shared })], job.tempPath);
      return sha256!;
    },
    async close() {
      closed = true;
      await Promise.all(threads.map((thread) => thread.stop()));
    },
  };
}
