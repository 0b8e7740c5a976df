import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../shared/contract/errors';
import { syncPath } from '../durable-path';
import { isSealed, newFileHeader, unseal } from '../security';
import { sharedPlace } from './read-buffer';
import { sealingThreads } from './sealing-worker';

export type StoredBlob = { sha256: string; size: number };
/** A file held open while its content is stored (attachment-import.ts): asked once the content is sealed. */
export type OpenFile = { unchanged: () => Promise<void> };

/**
 * Files stored once under the SHA-256 of their content, two-level fan-out (`ab/cd/abcd…`), each
 * sealed (AES-256-GCM, a key per file wrapped by the store key: see blob-cipher). A file is written
 * to a temporary name, fsynced, then renamed into place and its folder fsynced: a blob is either
 * whole at its final path or not there at all, through a crash or a power cut.
 */
export type BlobStore = {
  /**
   * Stores content durably while `check` looks at it: the sealing and hashing run on the thread
   * pool meanwhile, and the file is placed only if the check passes. Nothing is left if the check
   * or the writing fails, and the check's error is thrown. Content in a lent read buffer is sealed
   * in place, and must stay as it is until `put` settles. With `file`, the content was read from
   * that open file; `file.unchanged` is asked once it is sealed, and throws if the file is no longer
   * what `content` was read from.
   */
  put<T>(content: Uint8Array, check: () => Promise<T>, file?: OpenFile): Promise<{ blob: StoredBlob; checked: T }>;
  /** A blob's content, checked: it throws if the file was changed. */
  read(sha256: string): Promise<Buffer>;
  /** Copies a blob from another store (a backup's), checking its content against its name on the way. */
  copyFrom(other: BlobStore, sha256: string): Promise<StoredBlob>;
  /** Seals the scans a previous release stored in clear; returns how many. */
  sealLegacy(): Promise<number>;
  /** Where the sealed file is; its bytes are not the scan's. */
  pathOf(sha256: string): string;
  has(sha256: string): boolean;
  /** Every blob at its final path; for collection and checks. */
  list(): string[];
  remove(sha256: string): void;
  /** Where half-written files live until renamed; emptied when the store opens. */
  temporaryFolder: string;
  /** Stops the store's sealing threads: whatever it is still storing fails, and nothing more can be stored. */
  close(): Promise<void>;
};

export function openBlobStore(root: string, storeKey: Buffer): BlobStore {
  const temporary = join(root, 'tmp');
  // What a crash left half-written is never referenced: clear it at start.
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

  const sealers = sealingThreads();
  /** Seals content into a temporary file, fsynced, on the sealing threads; the caller names and places it. */
  const seal = async (content: Uint8Array) => {
    const tempPath = join(temporary, randomUUID());
    const shared = sharedPlace(content);
    const sha256 = await sealers.seal({ tempPath, ...newFileHeader(storeKey), ...(shared ? { shared } : { content }) });
    return { tempPath, sha256, size: content.length };
  };
  /** Places a sealed file once `accepted` resolves; removes it if that or the placing fails. */
  const accept = async (sealed: { tempPath: string; sha256: string; size: number }, accepted: Promise<unknown>): Promise<StoredBlob> => {
    try {
      await accepted;
      await place(sealed.tempPath, sealed.sha256);
    } catch (error) {
      await rm(sealed.tempPath, { force: true });
      throw error;
    }
    return { sha256: sealed.sha256, size: sealed.size };
  };
  // Placings under way, by content: a file at its final path counts only once its folder is synced.
  const placing = new Map<string, Promise<void>>();
  const place = async (tempPath: string, sha256: string) => {
    // The same content imported twice at once: the second waits for the first's placing to be durable.
    const underway = placing.get(sha256);
    if (underway) await underway.catch(() => {});
    const finalPath = pathOf(sha256);
    if (existsSync(finalPath)) {
      await rm(tempPath, { force: true });
      return;
    }
    const folder = join(root, sha256.slice(0, 2), sha256.slice(2, 4));
    const placed = (async () => {
      mkdirSync(folder, { recursive: true });
      await rename(tempPath, finalPath);
      await syncPath(folder);
    })();
    placing.set(sha256, placed);
    try {
      await placed;
    } finally {
      if (placing.get(sha256) === placed) placing.delete(sha256);
    }
  };
  const read = async (sha256: string) => {
    const bytes = await readFile(pathOf(sha256));
    // A backup the previous release made holds its scans in clear; the name is their check.
    return isSealed(bytes) ? unseal(bytes, storeKey) : bytes;
  };

  const store: BlobStore = {
    temporaryFolder: temporary,
    pathOf,
    has: (sha256) => existsSync(pathOf(sha256)),
    read,
    async put(content, check, file) {
      // Started first: the sealing threads seal while this thread runs the check.
      const sealing = seal(content);
      sealing.catch(() => {});
      // Never thrown from here: `put` must not settle while the threads still read the content.
      const checking = Promise.resolve().then(check);
      // Its failure is thrown by `accept`, after the sealed file is removed.
      checking.catch(() => {});
      let sealed: Awaited<typeof sealing>;
      try {
        sealed = await sealing;
      } catch (error) {
        await checking.catch(() => {});
        throw error;
      }
      // What the thread read from the file is what was checked only if the file did not change.
      const blob = await accept(sealed, file ? Promise.all([checking, file.unchanged()]) : checking);
      return { blob, checked: await checking };
    },
    async copyFrom(other, sha256) {
      const content = await other.read(sha256);
      if (createHash('sha256').update(content).digest('hex') !== sha256) throw new ApiError('backup.blob_damaged');
      if (store.has(sha256)) return { sha256, size: content.length };
      const sealed = await seal(content);
      await place(sealed.tempPath, sha256);
      return { sha256, size: content.length };
    },
    async sealLegacy() {
      let sealedCount = 0;
      for (const sha256 of store.list()) {
        const handle = await open(pathOf(sha256), 'r');
        const first = Buffer.alloc(4);
        await handle.read(first, 0, 4, 0);
        await handle.close();
        if (isSealed(first)) continue;
        const sealed = await seal(await readFile(pathOf(sha256)));
        // Only a file whose content still matches its name replaces it; a damaged one stays for support.
        if (sealed.sha256 !== sha256) {
          await rm(sealed.tempPath, { force: true });
          continue;
        }
        await rename(sealed.tempPath, pathOf(sha256));
        await syncPath(join(root, sha256.slice(0, 2), sha256.slice(2, 4)));
        sealedCount += 1;
      }
      return sealedCount;
    },
    list: () =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name))
        .flatMap((first) => readdirSync(join(root, first.name)).flatMap((second) => readdirSync(join(root, first.name, second)))),
    remove: (sha256) => rmSync(pathOf(sha256), { force: true }),
    close: () => sealers.close(),
  };
  return store;
}

/**
 * Bytes that arrived over the contract (a signed scan) written to a private temporary file inside
 * the store, for the same path-based import as a scanner's files; removed afterwards.
 */
export async function withTemporaryFile<T>(store: BlobStore, bytes: Uint8Array, work: (path: string) => Promise<T>): Promise<T> {
  const path = join(store.temporaryFolder, `incoming-${randomUUID()}`);
  await writeFile(path, bytes, { mode: 0o600 });
  try {
    return await work(path);
  } finally {
    await rm(path, { force: true });
  }
}
