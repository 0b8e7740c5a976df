import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A fresh folder on the real disk. Made inside a test it is removed when that test ends, so a
 * test's files never outlive it; made while a file is collected, after the file's tests.
 */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `qabyldau-${label}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a test: vitest refuses the per-test hook, and the file's end will do.
    afterAll(remove);
  }
  return dir;
}
