import { open } from 'node:fs/promises';

/**
 * fsync of a file or a folder. A written file survives a power cut once synced; a rename or a new
 * file in a folder survives once the folder is synced too.
 */
export async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
