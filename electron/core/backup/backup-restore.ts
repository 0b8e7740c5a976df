import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError } from '../../../shared/contract/errors';
import type { Snapshot } from '../../../shared/domain/backup';
import { openBlobStore } from '../attachments/blob-store';
import { DATABASE_FILE } from '../storage/database';
import { databaseHealth } from '../storage/database-copy';
import { syncPath } from '../durable-path';
import { blobsFolderOf, sha256Of, snapshotFolder, snapshotStamp } from './backup-folder';
import { readManifest } from './backup-snapshot';
import { SNAPSHOT_DATABASE } from './backup-manifest';

/**
 * Puts a snapshot in place of this workstation's data. The database copy and every scan are
 * checked against the manifest's hashes before anything is replaced; the database being replaced
 * is moved aside to `replaced/<time>/`, never deleted. The core must have closed the database.
 */
export async function restoreSnapshot(folder: string, id: string, dataDir: string, now: Date): Promise<Snapshot['id']> {
  const from = snapshotFolder(folder, id);
  const manifest = readManifest(from);
  if (!manifest) throw new ApiError('backup.not_found');
  const source = join(from, SNAPSHOT_DATABASE);
  const copied = await sha256Of(source).catch(() => undefined);
  if (copied?.sha256 !== manifest.database.sha256) throw new ApiError('backup.damaged');

  // Scans first: they are content-addressed, so adding them changes nothing the current data uses.
  const deskFolder = dirname(dirname(from));
  const backupBlobs = openBlobStore(blobsFolderOf(deskFolder));
  const blobs = openBlobStore(join(dataDir, 'blobs'));
  for (const blob of manifest.blobs) {
    if (blobs.has(blob.sha256)) continue;
    if (!backupBlobs.has(blob.sha256)) throw new ApiError('backup.damaged');
    const stored = await blobs.put(backupBlobs.pathOf(blob.sha256), Number.MAX_SAFE_INTEGER);
    if (stored.sha256 !== blob.sha256) {
      blobs.remove(stored.sha256);
      throw new ApiError('backup.damaged');
    }
  }

  const incoming = join(dataDir, `${DATABASE_FILE}.restoring`);
  await copyFile(source, incoming);
  await syncPath(incoming);
  if (databaseHealth(incoming).state !== 'ok') {
    await rm(incoming, { force: true });
    throw new ApiError('backup.damaged');
  }
  const aside = join(dataDir, 'replaced', snapshotStamp(now));
  await mkdir(aside, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const file = join(dataDir, `${DATABASE_FILE}${suffix}`);
    if (existsSync(file)) await rename(file, join(aside, `${DATABASE_FILE}${suffix}`));
  }
  await rename(incoming, join(dataDir, DATABASE_FILE));
  await syncPath(dataDir);
  return id;
}
