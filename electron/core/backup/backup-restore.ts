import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError } from '../../../shared/contract/errors';
import { openBlobStore } from '../attachments';
import { DATABASE_FILE, checkIntegrity } from '../storage';
import { syncPath } from '../durable-path';
import { keyFingerprint, saveStoreKey, STORE_KEY_FILE, type StoreKey } from '../security';
import type { SecretProtector } from '../security';
import { blobsFolderOf, sha256Of, snapshotFolder, snapshotStamp } from './backup-folder';
import { readManifest } from './backup-snapshot';
import { SNAPSHOT_DATABASE } from './backup-manifest';

export type RestoreKeys = { current: StoreKey; recoveryKey: Buffer | null; protector?: SecretProtector };

/**
 * Puts a snapshot in place of this workstation's data. The database copy and every scan are
 * checked against the manifest's hashes before anything is replaced; the database being replaced
 * is moved aside to `replaced/<time>/`, never deleted. The core must have closed the database.
 *
 * A snapshot sealed with another workstation's store key needs that key, which its supervisor
 * kept as the recovery key: the restored workstation then goes on with it (the key it had is
 * moved aside too). Returns the store key in force afterwards.
 */
export async function restoreSnapshot(folder: string, id: string, dataDir: string, now: Date, keys: RestoreKeys): Promise<StoreKey> {
  const from = snapshotFolder(folder, id);
  const manifest = readManifest(from);
  if (!manifest) throw new ApiError('backup.not_found');
  const source = join(from, SNAPSHOT_DATABASE);
  const copied = await sha256Of(source).catch(() => undefined);
  if (copied?.sha256 !== manifest.database.sha256) throw new ApiError('backup.damaged');
  let key = keys.current;
  if (manifest.keyFingerprint && manifest.keyFingerprint !== key.fingerprint) {
    if (!keys.recoveryKey) throw new ApiError('backup.recovery_key_needed');
    if (keyFingerprint(keys.recoveryKey) !== manifest.keyFingerprint) throw new ApiError('backup.recovery_key_wrong');
    key = { key: keys.recoveryKey, fingerprint: manifest.keyFingerprint };
  }

  // Scans first: they are content-addressed, so adding them changes nothing the current data uses.
  const deskFolder = dirname(dirname(from));
  const backupBlobs = openBlobStore(blobsFolderOf(deskFolder), key.key);
  const blobs = openBlobStore(join(dataDir, 'blobs'), key.key);
  try {
    for (const blob of manifest.blobs) {
      if (blobs.has(blob.sha256)) continue;
      if (!backupBlobs.has(blob.sha256)) throw new ApiError('backup.damaged');
      await blobs.copyFrom(backupBlobs, blob.sha256).catch(() => {
        throw new ApiError('backup.damaged');
      });
    }
  } finally {
    await Promise.all([backupBlobs.close(), blobs.close()]);
  }

  const incoming = join(dataDir, `${DATABASE_FILE}.restoring`);
  await copyFile(source, incoming);
  await syncPath(incoming);
  // The full check, in a worker: the restore page stays responsive while a large copy is read.
  const health = await checkIntegrity(incoming, key.key).result;
  if (health.state !== 'ok') {
    await rm(incoming, { force: true });
    throw new ApiError(health.state === 'damaged' ? 'backup.damaged' : 'backup.failed');
  }
  const aside = join(dataDir, 'replaced', snapshotStamp(now));
  await mkdir(aside, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const file = join(dataDir, `${DATABASE_FILE}${suffix}`);
    if (existsSync(file)) await rename(file, join(aside, `${DATABASE_FILE}${suffix}`));
  }
  if (key !== keys.current) {
    // The old key goes with the data it opens; a crash from here leaves the new key and no database
    // or the restored one, never a database without its key.
    await copyFile(join(dataDir, STORE_KEY_FILE), join(aside, STORE_KEY_FILE));
    saveStoreKey(dataDir, key.key, keys.protector);
  }
  await rename(incoming, join(dataDir, DATABASE_FILE));
  await syncPath(dataDir);
  return key;
}
