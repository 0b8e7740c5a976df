import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBlobStore } from '../../electron/core/attachments/blob-store';
import { borrowReadBuffer, returnReadBuffer } from '../../electron/core/attachments/read-buffer';
import { tempDirForTest } from '../support/temp-dir';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Content as an import holds it: in a lent buffer the sealing threads read in place. */
async function putShared(store: ReturnType<typeof openBlobStore>, bytes: Buffer) {
  const lent = borrowReadBuffer(bytes.length);
  try {
    const content = lent.subarray(0, bytes.length);
    bytes.copy(content);
    return await store.put(content, async () => true);
  } finally {
    returnReadBuffer(lent);
  }
}

describe('the sealing threads of a blob store', () => {
  it('seal many files at once, large ones synced as they are written, each whole under its own hash, leaving no temporary file', async () => {
    const root = join(tempDirForTest('blob-sealing'), 'blobs');
    const store = openBlobStore(root, randomBytes(32));
    // Sizes around the slice and the early-sync step: 0.25 MiB and 4 MiB, and past both.
    const contents = [1, 256 * 1024, 256 * 1024 + 1, 4 * 1024 * 1024, 9 * 1024 * 1024 + 7, 3000, 12 * 1024 * 1024].map((size) => randomBytes(size));
    const stored = await Promise.all(contents.map((bytes, index) => (index % 2 ? store.put(bytes, async () => true) : putShared(store, bytes))));
    for (const [index, { blob }] of stored.entries()) {
      expect(blob).toEqual({ sha256: sha256(contents[index]!), size: contents[index]!.length });
      expect((await store.read(blob.sha256)).equals(contents[index]!)).toBe(true);
    }
    expect(readdirSync(store.temporaryFolder)).toEqual([]);
  });

  it('stores content imported twice at once under one name, each answer finding it in place, and leaves no temporary file', async () => {
    const root = join(tempDirForTest('blob-sealing-twice'), 'blobs');
    const store = openBlobStore(root, randomBytes(32));
    const bytes = randomBytes(5 * 1024 * 1024);
    const answers = [putShared(store, bytes), store.put(Buffer.from(bytes), async () => true)].map((put) => put.then(({ blob }) => ({ blob, there: store.has(blob.sha256) })));
    for (const { blob, there } of await Promise.all(answers)) {
      expect(blob).toEqual({ sha256: sha256(bytes), size: bytes.length });
      expect(there).toBe(true);
    }
    expect(store.list()).toEqual([sha256(bytes)]);
    expect(readdirSync(store.temporaryFolder)).toEqual([]);
  });

  it('fails a file it cannot write with the system code, keeps nothing of it, and seals the next one', async () => {
    const root = join(tempDirForTest('blob-sealing-failure'), 'blobs');
    const store = openBlobStore(root, randomBytes(32));
    rmSync(store.temporaryFolder, { recursive: true });
    const failed = await Promise.allSettled([putShared(store, randomBytes(5 * 1024 * 1024)), store.put(randomBytes(1000), async () => true)]);
    for (const outcome of failed) expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'ENOENT' } });
    mkdirSync(store.temporaryFolder);
    const bytes = randomBytes(6 * 1024 * 1024);
    const { blob } = await putShared(store, bytes);
    expect((await store.read(blob.sha256)).equals(bytes)).toBe(true);
    expect(store.list()).toEqual([blob.sha256]);
  });

  it('fails the files it is writing when it is closed, keeps nothing of them, and stores nothing afterwards', async () => {
    const root = join(tempDirForTest('blob-sealing-closed'), 'blobs');
    const store = openBlobStore(root, randomBytes(32));
    const [shared, copied] = [randomBytes(64 * 1024 * 1024), randomBytes(64 * 1024 * 1024)];
    // Awaited together from the start: either may fail while the store is still closing.
    const storing = Promise.allSettled([putShared(store, shared), store.put(copied, async () => true)]);
    // Closed once a thread is part way through writing a file: its own clean-up never runs.
    const written = () => readdirSync(store.temporaryFolder).some((name) => statSync(join(store.temporaryFolder, name)).size > 1024 * 1024);
    while (!written()) await new Promise((resolve) => setImmediate(resolve));
    await store.close();
    for (const outcome of await storing) expect(outcome).toMatchObject({ status: 'rejected', reason: { name: 'SealingError' } });
    expect(readdirSync(store.temporaryFolder)).toEqual([]);
    expect(store.list()).toEqual([]);
    await expect(store.put(randomBytes(1000), async () => true)).rejects.toMatchObject({ name: 'SealingError' });
    expect(readdirSync(store.temporaryFolder)).toEqual([]);
  });
});
