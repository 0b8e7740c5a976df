import { randomBytes } from 'node:crypto';
import { appendFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndStore } from '../../electron/core/attachments/attachment-import';
import { openBlobStore } from '../../electron/core/attachments/blob-store';
import { tempDirForTest } from '../support/temp-dir';

/** The blob files a store holds, temporaries included: what an import left behind. */
const storedFiles = (root: string): string[] => readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);

describe('a file that changes while it is stored', () => {
  // The check runs while the sealing thread reads the same open file: a change made during the
  // check is what a scanner still writing the file does.
  const changes: [string, (path: string) => void][] = [
    ['grows', (path) => appendFileSync(path, 'more')],
    ['is cut short', (path) => truncateSync(path, 1000)],
    ['is rewritten with other bytes of the same size', (path) => writeFileSync(path, randomBytes(3 * 1024 * 1024))],
  ];
  it.each(changes)('is refused when it %s, and nothing of it is left', async (_label, change) => {
    const dir = tempDirForTest('attachment-changed');
    const root = join(dir, 'blobs');
    const store = openBlobStore(root, randomBytes(32));
    const path = join(dir, 'scan.bin');
    writeFileSync(path, randomBytes(3 * 1024 * 1024));
    const importing = readAndStore(store, path, async (content) => {
      change(path);
      return content.length;
    });
    await expect(importing).rejects.toMatchObject({ code: 'attachment.refused', issues: [{ message: 'validation.attachment_changed' }] });
    expect(storedFiles(root)).toEqual([]);
  });

  it('stores a file left alone, byte for byte, under the hash of what was checked', async () => {
    const dir = tempDirForTest('attachment-unchanged');
    const store = openBlobStore(join(dir, 'blobs'), randomBytes(32));
    const path = join(dir, 'scan.bin');
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    writeFileSync(path, bytes);
    let checked: Buffer | null = null;
    const { blob } = await readAndStore(store, path, async (content) => {
      checked = Buffer.from(content);
      return true;
    });
    expect(checked!.equals(bytes)).toBe(true);
    expect(blob.size).toBe(bytes.length);
    expect((await store.read(blob.sha256)).equals(bytes)).toBe(true);
  });

  it('stores files one after another and several at once, each byte for byte, though the memory they are read into is reused', async () => {
    const dir = tempDirForTest('attachment-read-buffer');
    const store = openBlobStore(join(dir, 'blobs'), randomBytes(32));
    const sizes = [4 * 1024 * 1024, 1024 * 1024 + 3, 2 * 1024 * 1024, 5 * 1024 * 1024, 999];
    const files = sizes.map((size, index) => {
      const path = join(dir, `scan-${index}.bin`);
      const bytes = randomBytes(size);
      writeFileSync(path, bytes);
      return { path, bytes };
    });
    const storeOne = async ({ path, bytes }: (typeof files)[number]) => {
      const { blob, checked } = await readAndStore(store, path, async (content) => Buffer.from(content).equals(bytes));
      expect(checked).toBe(true);
      expect((await store.read(blob.sha256)).equals(bytes)).toBe(true);
    };
    for (const file of files.slice(0, 3)) await storeOne(file);
    await Promise.all(files.slice(3).concat(files.slice(0, 2)).map(storeOne));
  });
});
