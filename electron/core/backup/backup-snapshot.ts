import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../shared/contract/errors';
import type { Snapshot } from '../../../shared/domain/backup';
import { openBlobStore, type BlobStore } from '../attachments';
import { type Db, blobsNamedIn, copyDatabase, schemaVersion } from '../storage';
import { syncPath } from '../durable-path';
import type { StoreKey } from '../security';
import { BACKUP_ROOT, blobsFolderOf, deskFolderName, KEEP_SNAPSHOTS, sha256Of, snapshotStamp } from './backup-folder';
import { backupManifestSchema, MANIFEST_FILE, SNAPSHOT_DATABASE, type BackupManifest } from './backup-manifest';

export type BackupSource = { db: Db; blobs: BlobStore; storeKey: StoreKey; centreId: string | null; deskId: string | null; now: Date };

function toSnapshot(id: string, manifest: BackupManifest): Snapshot {
  return {
    id,
    takenAt: manifest.takenAt,
    centreId: manifest.centreId,
    deskId: manifest.deskId,
    schemaVersion: manifest.schemaVersion,
    databaseBytes: manifest.database.bytes,
    blobs: manifest.blobs.length,
    blobBytes: manifest.blobs.reduce((sum, blob) => sum + blob.bytes, 0),
  };
}

/**
 * One backup: a consistent copy of the database, then every scan that copy names (those already in
 * the backup's store are not copied again), then the manifest, then the folder renamed to its
 * final name. Until that rename the snapshot does not exist for restore. Everything in it stays
 * sealed with the workstation's store key: the share never holds a citizen's data in clear.
 */
export async function takeSnapshot(source: BackupSource, folder: string): Promise<Snapshot> {
  const deskName = deskFolderName(source.centreId, source.deskId);
  const deskFolder = join(folder, BACKUP_ROOT, deskName);
  const stamp = snapshotStamp(source.now);
  const snapshots = join(deskFolder, 'snapshots');
  const partial = join(snapshots, `${stamp}.partial`);
  try {
    mkdirSync(partial, { recursive: true });
  } catch {
    throw new ApiError('backup.folder_unavailable');
  }
  try {
    const databaseFile = join(partial, SNAPSHOT_DATABASE);
    copyDatabase(source.db, databaseFile);
    await syncPath(databaseFile);
    const store = openBlobStore(blobsFolderOf(deskFolder), source.storeKey.key);
    const blobs: BackupManifest['blobs'] = [];
    try {
      for (const sha256 of blobsNamedIn(databaseFile, source.storeKey.key)) {
        blobs.push(await copyBlob(source.blobs, store, sha256));
      }
    } finally {
      await store.close();
    }
    const manifest: BackupManifest = {
      format: 1,
      takenAt: source.now.toISOString(),
      centreId: source.centreId,
      deskId: source.deskId,
      schemaVersion: schemaVersion(source.db),
      keyFingerprint: source.storeKey.fingerprint,
      database: { file: SNAPSHOT_DATABASE, ...(await sha256Of(databaseFile)) },
      blobs,
    };
    const manifestFile = join(partial, MANIFEST_FILE);
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
    await syncPath(manifestFile);
    await syncPath(partial);
    await rename(partial, join(snapshots, stamp));
    await syncPath(snapshots);
    pruneSnapshots(deskFolder, source.storeKey.key);
    return toSnapshot(`${deskName}/snapshots/${stamp}`, manifest);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (error instanceof ApiError) throw error;
    throw new ApiError('backup.failed');
  }
}

/** Copies a scan into the backup's store, checking on the way that it is still the scan it was. */
async function copyBlob(from: BlobStore, to: BlobStore, sha256: string): Promise<BackupManifest['blobs'][number]> {
  // The backup's store is content-addressed and written only after a check: a file at the name is that file.
  if (to.has(sha256)) return { sha256, bytes: statSync(to.pathOf(sha256)).size };
  await to.copyFrom(from, sha256).catch(() => {
    throw new ApiError('backup.blob_damaged');
  });
  return { sha256, bytes: statSync(to.pathOf(sha256)).size };
}

function readManifest(folder: string): BackupManifest | undefined {
  try {
    return backupManifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')));
  } catch {
    return undefined;
  }
}

function finishedSnapshots(deskFolder: string): string[] {
  try {
    return readdirSync(join(deskFolder, 'snapshots'))
      .filter((name) => /^\d{8}T\d{9}Z$/.test(name))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/** Keeps the newest snapshots, then removes scans no kept snapshot names. */
function pruneSnapshots(deskFolder: string, storeKey: Buffer): void {
  const all = finishedSnapshots(deskFolder);
  for (const old of all.slice(KEEP_SNAPSHOTS)) rmSync(join(deskFolder, 'snapshots', old), { recursive: true, force: true });
  const named = new Set<string>();
  for (const kept of all.slice(0, KEEP_SNAPSHOTS)) {
    const manifest = readManifest(join(deskFolder, 'snapshots', kept));
    // A kept snapshot that cannot be read keeps every scan: nothing is removed on a guess.
    if (!manifest) return;
    for (const blob of manifest.blobs) named.add(blob.sha256);
  }
  const store = openBlobStore(blobsFolderOf(deskFolder), storeKey);
  for (const sha256 of store.list()) if (!named.has(sha256)) store.remove(sha256);
}

/** Every finished snapshot in a backup folder, of every workstation, newest first. */
export function listSnapshots(folder: string): Snapshot[] {
  let desks: string[];
  try {
    desks = readdirSync(join(folder, BACKUP_ROOT));
  } catch {
    throw new ApiError('backup.folder_unavailable');
  }
  const found: Snapshot[] = [];
  for (const desk of desks.filter((name) => /^[A-Za-z0-9-]{1,64}$/.test(name))) {
    for (const stamp of finishedSnapshots(join(folder, BACKUP_ROOT, desk))) {
      const manifest = readManifest(join(folder, BACKUP_ROOT, desk, 'snapshots', stamp));
      if (manifest) found.push(toSnapshot(`${desk}/snapshots/${stamp}`, manifest));
    }
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

export { readManifest };
