import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, onTestFinished } from 'vitest';

const made = (label: string) => mkdtempSync(join(tmpdir(), `qabyldau-${label}-`));
const remove = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * A fresh folder on the real disk. Made inside a test it is removed when that test ends, so a
 * test's files never outlive it; made while a file is collected, after the file's tests.
 */
export function tempDir(label: string): string {
  const dir = made(label);
  try {
    onTestFinished(() => remove(dir));
  } catch {
    // Not inside a test: vitest refuses the per-test hook, and the file's end will do.
    afterAll(() => remove(dir));
  }
  return dir;
}

/** A fresh folder for one test alone, removed when that test ends (passed or failed). */
export function tempDirForTest(label: string): string {
  const dir = made(label);
  onTestFinished(() => remove(dir));
  return dir;
}

/**
 * A folder that all of a file's tests share, for inputs they only read: made when the tests
 * start, not when the file is merely listed (`vitest list` runs no hook that would remove it).
 */
export function fileTempDir(label: string): () => string {
  let dir = '';
  beforeAll(() => {
    dir = made(label);
  });
  afterAll(() => remove(dir));
  return () => dir;
}
