import type { StoreKey } from '../security';
import { existsSync } from 'node:fs';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { Snapshot } from '../../../shared/domain/backup';
import type { BlobStore } from '../attachments';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import type { Db, IntegrityResult } from '../storage';
import { readSettings } from '../settings';
import { takeSnapshot } from './backup-snapshot';

export type BackupTiming = { checkEveryMs: number };
export const defaultBackupTiming: BackupTiming = { checkEveryMs: 60_000 };

export type BackupService = {
  handlers: {
    'backups.state'(input: ParsedInput<'backups.state'>): MethodOutput<'backups.state'>;
    'backups.run'(input: ParsedInput<'backups.run'>): Promise<MethodOutput<'backups.run'>>;
  };
  running(): boolean;
  /** Waits for a backup under way, then stops the schedule. */
  close(): Promise<void>;
};

const HOUR = 3_600_000;

/**
 * Backups on demand and on the schedule set in Settings. One runs at a time; a scheduled run
 * that fails records its error code for the Settings page and the audit log, and is tried again
 * at the next check.
 */
export function openBackups(
  deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'now' | 'settings'>,
  db: Db,
  blobs: BlobStore,
  storeKey: StoreKey,
  timing: BackupTiming,
  checkIntegrity: () => Promise<IntegrityResult>,
): BackupService {
  let current: Promise<Snapshot> | null = null;
  let closed = false;

  const attempt = async (): Promise<Snapshot> => {
    const settings = readSettings(deps.settings);
    // A share that is not mounted must not be recreated as an empty local folder.
    if (!settings.backupFolder || !existsSync(settings.backupFolder)) throw new ApiError('backup.folder_unavailable');
    // A copy of a damaged database would be kept as a good snapshot, and push a good one out of
    // the fourteen kept. `VACUUM INTO` reads the tables only, so the copy alone would not tell.
    const health = await checkIntegrity();
    if (health.state === 'damaged') throw new ApiError('storage.damaged');
    if (health.state === 'unchecked') throw new ApiError('backup.failed');
    return takeSnapshot({ db, blobs, storeKey, centreId: settings.centreId, deskId: settings.deskId, now: deps.now() }, settings.backupFolder);
  };

  const run = (): Promise<Snapshot> => {
    if (current) return Promise.reject(new ApiError('backup.running'));
    current = attempt()
      .then((snapshot) => {
        deps.atomically(() => {
          deps.settings.set('backup.lastAt', snapshot.takenAt);
          deps.settings.clear('backup.lastError');
          audit(deps, 'backup.made', { kind: 'backup', id: snapshot.id }, { blobs: snapshot.blobs });
        });
        return snapshot;
      })
      .catch((error: unknown) => {
        const code = error instanceof ApiError ? error.code : 'backup.failed';
        // A damaged database is being closed: the failure is in the log, not written into it.
        if (code === 'storage.damaged') throw error;
        if (!closed) {
          deps.atomically(() => {
            // A share that stays down fails every check: it is recorded once, not every minute.
            if (deps.settings.get('backup.lastError') !== code) audit(deps, 'backup.failed', undefined, { code });
            deps.settings.set('backup.lastError', code);
          });
        }
        throw error instanceof ApiError ? error : new ApiError('backup.failed');
      })
      .finally(() => {
        current = null;
      });
    return current;
  };

  const due = () => {
    const settings = readSettings(deps.settings);
    if (!settings.backupFolder || current || closed) return false;
    const last = deps.settings.get('backup.lastAt');
    return !last || deps.now().getTime() - Date.parse(last) >= settings.backupEveryHours * HOUR;
  };
  const timer = setInterval(() => {
    if (due()) run().catch(() => undefined);
  }, timing.checkEveryMs);
  timer.unref();

  return {
    handlers: {
      'backups.state': () => {
        const settings = readSettings(deps.settings);
        return {
          folder: settings.backupFolder,
          everyHours: settings.backupEveryHours,
          lastAt: deps.settings.get('backup.lastAt') ?? null,
          lastError: deps.settings.get('backup.lastError') ?? null,
          running: current !== null,
        };
      },
      'backups.run': () => run(),
    },
    running: () => current !== null,
    close: async () => {
      closed = true;
      clearInterval(timer);
      await current?.catch(() => undefined);
    },
  };
}
