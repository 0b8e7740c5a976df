import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { ApiError } from '../../../shared/contract/errors';

/**
 * A backup folder (a USB disk, a network share) holds one `Qabyldau/` folder; inside it each
 * workstation has its own folder named after its centre and desk, with `snapshots/` and a shared
 * content-addressed `blobs/` store, so a scan is copied once however many snapshots name it.
 */
export const BACKUP_ROOT = 'Qabyldau';
export const KEEP_SNAPSHOTS = 14;

export function deskFolderName(centreId: string | null, deskId: string | null): string {
  const clean = (value: string | null) => (value ?? 'unset').replace(/[^A-Za-z0-9-]/g, '-');
  return `${clean(centreId)}-${clean(deskId)}`.slice(0, 64);
}

/** `20261125T110747123Z`: sorts as time does and is a safe folder name everywhere. */
export function snapshotStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** The snapshot's folder; refuses an id that would step outside the backup folder. */
export function snapshotFolder(folder: string, id: string): string {
  const root = resolve(folder, BACKUP_ROOT);
  const target = resolve(root, id);
  if (!/^[A-Za-z0-9-]{1,64}\/snapshots\/\d{8}T\d{9}Z$/.test(id) || !target.startsWith(root + sep)) throw new ApiError('backup.not_found');
  return target;
}

export async function sha256Of(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

export const blobsFolderOf = (deskFolder: string) => join(deskFolder, 'blobs');
