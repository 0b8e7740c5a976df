import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CentralStore } from './central-store';

/**
 * Backups of the reference server's store, to act out a central system restored from an older
 * copy: `take` copies the database and lists the blobs it holds, as a nightly backup would;
 * `restore` (with the store closed) puts the newest copy back and removes every blob that came
 * after it. The caller then gives the store a new epoch. Everything recorded since the copy
 * (applications, blobs, batch answers, feed changes, devices) is lost, as in a real restore.
 */
const backupsOf = (dataDir: string) => join(dataDir, 'backups');

export function takeBackup(store: CentralStore, dataDir: string): string {
  const folder = join(backupsOf(dataDir), String(Date.now()).padStart(16, '0'));
  mkdirSync(folder, { recursive: true });
  store.copyTo(join(folder, 'central.sqlite'));
  writeFileSync(join(folder, 'blobs.json'), JSON.stringify(store.blobs()));
  return folder;
}

function newestBackup(dataDir: string): string | null {
  if (!existsSync(backupsOf(dataDir))) return null;
  const folders = readdirSync(backupsOf(dataDir)).filter((name) => existsSync(join(backupsOf(dataDir), name, 'blobs.json'))).sort();
  return folders.length > 0 ? join(backupsOf(dataDir), folders.at(-1)!) : null;
}

export const hasBackup = (dataDir: string) => newestBackup(dataDir) !== null;

/** Puts the newest backup in place of the store's files; the store must be closed. */
export function restoreBackupFiles(dataDir: string): void {
  const folder = newestBackup(dataDir);
  if (!folder) throw new Error('no backup to restore');
  for (const suffix of ['-wal', '-shm']) rmSync(join(dataDir, `central.sqlite${suffix}`), { force: true });
  copyFileSync(join(folder, 'central.sqlite'), join(dataDir, 'central.sqlite'));
  const kept = new Set(JSON.parse(readFileSync(join(folder, 'blobs.json'), 'utf8')) as string[]);
  const blobRoot = join(dataDir, 'blobs');
  for (const name of readdirSync(blobRoot)) if (/^[0-9a-f]{64}$/.test(name) && !kept.has(name)) rmSync(join(blobRoot, name), { force: true });
}
