import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/** A fresh folder on the real disk, removed after the file's tests. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `qabyldau-${label}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh folder for one test alone, removed when that test ends (passed or failed). */
export function tempDirForTest(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `qabyldau-${label}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
