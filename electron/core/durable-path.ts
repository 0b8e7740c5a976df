import { chmodSync, closeSync, fsyncSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * fsync of a file or a folder. A written file survives a power cut once synced; a rename or a new
 * file in a folder survives once the folder is synced too.
 */
export async function syncPath(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (folderCannotOpen(error, path)) return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces a small private file (a key, a credential) so that a crash leaves the old one or the
 * new one, never a torn one: written under a temporary name with owner-only rights, fsynced,
 * renamed over the old, and the folder fsynced.
 */
export function replaceSecretFile(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // The mode given to open() is masked by the umask; the rights are set outright.
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
  let folder: number;
  try {
    folder = openSync(dirname(path), 'r');
  } catch (error) {
    if (folderCannotOpen(error, dirname(path))) return;
    throw error;
  }
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

/**
 * Windows does not let Node open a folder (EISDIR, EPERM): there NTFS journals a rename itself, and
 * the file's own fsync is what makes its content durable. Everywhere else the error stands.
 */
function folderCannotOpen(error: unknown, path: string): boolean {
  if (process.platform !== 'win32' || !(error instanceof Error && 'code' in error)) return false;
  return ['EISDIR', 'EPERM', 'EACCES'].includes(String(error.code)) && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
