import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../shared/contract/errors';
import { syncPath } from '../durable-path';

export type StoredBlob = { sha256: string; size: number };

/**
 * Files stored once under their SHA-256, two-level fan-out (`ab/cd/abcd…`). A file is written to a
 * temporary name, fsynced, then renamed into place and its folder fsynced: a blob is either whole
 * at its final path or not there at all, through a crash or a power cut.
 */
export type BlobStore = {
  put(sourcePath: string, maxBytes: number): Promise<StoredBlob>;
  pathOf(sha256: string): string;
  has(sha256: string): boolean;
  /** Every blob at its final path; for collection and checks. */
  list(): string[];
  remove(sha256: string): void;
  /** Where half-written files live until renamed; emptied when the store opens. */
  temporaryFolder: string;
};

export function openBlobStore(root: string): BlobStore {
  const temporary = join(root, 'tmp');
  // What a crash left half-written is never referenced: clear it at start.
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

  return {
    temporaryFolder: temporary,
    pathOf,
    has: (sha256) => existsSync(pathOf(sha256)),
    async put(sourcePath, maxBytes) {
      const tempPath = join(temporary, randomUUID());
      const hash = createHash('sha256');
      const handle = await open(tempPath, 'wx', 0o600);
      let size = 0;
      try {
        for await (const chunk of createReadStream(sourcePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > maxBytes) throw new ApiError('attachment.refused', [{ path: ['file'], message: 'validation.attachment_too_large' }]);
          hash.update(chunk);
          await handle.write(chunk);
        }
        await handle.sync();
      } catch (error) {
        await handle.close();
        await rm(tempPath, { force: true });
        throw error;
      }
      await handle.close();
      const sha256 = hash.digest('hex');
      const finalPath = pathOf(sha256);
      if (existsSync(finalPath)) {
        await rm(tempPath, { force: true });
      } else {
        const folder = join(root, sha256.slice(0, 2), sha256.slice(2, 4));
        mkdirSync(folder, { recursive: true });
        await rename(tempPath, finalPath);
        await syncPath(folder);
      }
      return { sha256, size };
    },
    list: () =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name))
        .flatMap((first) => readdirSync(join(root, first.name)).flatMap((second) => readdirSync(join(root, first.name, second)))),
    remove: (sha256) => rmSync(pathOf(sha256), { force: true }),
  };
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
