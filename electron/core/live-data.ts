import { join } from 'node:path';
import { ApiError } from '../../shared/contract/errors';
import type { AppLog } from './logging';
import { loadStoreKey, type StoreKey } from './security';
import { DATABASE_FILE, holdWal, schemaVersion, startCheck, type DatabaseHealth, type IntegrityResult } from './storage';
import type { SecretProtector } from './security';
import type { DeskData } from './desk-data';
import { APP_VERSION } from './app-version';
import { watchIntegrity, type IntegrityTiming, type IntegrityWatch } from './health';

/**
 * The desk's data as it is open now. A cheap check at start keeps a truncated or foreign file
 * from being opened; the full integrity check runs in the background once the data is open. A
 * damaged database is left untouched, or closed as soon as it is found, and only the methods a
 * supervisor needs to restore a backup are served until a restore swaps the data in place.
 * Everything that reaches the data asks for it at call time.
 */
export type LiveData = {
  /** The open data; `storage.damaged` (or `storage.unavailable` mid-restore) when there is none. */
  current(): DeskData;
  /** The open data if there is any, for what still works without it. */
  ifOpen(): DeskData | null;
  health(): DatabaseHealth['state'];
  storeKey(): StoreKey;
  databaseFile: string;
  /** Whether a swap is under way (a second restore waits for none). */
  swapping(): boolean;
  /** Closes the data, lets `work` replace the files (and key), and opens what is then in place. */
  swap(work: (storeKey: StoreKey) => Promise<StoreKey>): Promise<void>;
  close(): Promise<void>;
};

/** Opens the desk's data with the full check this data is watched by, for a backup to run first. */
type DataOpener = (storeKey: StoreKey, checkIntegrity: () => Promise<IntegrityResult>) => DeskData;

type IntegrityWatching = { timing: IntegrityTiming; now: () => Date; healthChanged(): void };

export function openLiveData(dataDir: string, log: AppLog, protector: SecretProtector | undefined, open: DataOpener, watching: IntegrityWatching): LiveData {
  const databaseFile = join(dataDir, DATABASE_FILE);
  let storeKey = loadStoreKey(dataDir, protector);
  let health: DatabaseHealth = { state: 'ok' };
  let data: DeskData | null = null;
  let watch: IntegrityWatch | null = null;
  // Data found damaged while open is closing; a swap waits for it to let go of the files.
  let closing: Promise<void> = Promise.resolve();
  let swapping = false;

  // SQLite's complaint names pages and indexes only; it helps support and holds no citizen data.
  const damaged = (detail: string, found: 'at_start' | 'while_open') => {
    health = { state: 'damaged', detail };
    log.error('database.damaged', { detail, found });
  };

  const damagedWhileOpen = (opened: DeskData, detail: string) => {
    if (data !== opened) return;
    damaged(detail, 'while_open');
    // From here every call is refused with storage.damaged, as for a database found so at start.
    data = null;
    void watch?.stop();
    watch = null;
    const release = holdWal(databaseFile, storeKey.key);
    closing = opened
      .close()
      .catch(() => log.warn('database.close_failed'))
      .finally(release);
    watching.healthChanged();
  };

  const start = () => {
    const found = startCheck(databaseFile, storeKey.key);
    // A missing database is a new desk's: it is created as it opens.
    health = found.state === 'missing' ? { state: 'ok' } : found;
    if (found.state === 'damaged') {
      damaged(found.detail, 'at_start');
      return;
    }
    // The watch is this data's for as long as the data is open: its backups ask it.
    const opened = open(storeKey, () => watch?.check() ?? Promise.resolve({ state: 'unchecked', detail: 'stopped' }));
    data = opened;
    watch = watchIntegrity(
      { file: databaseFile, key: storeKey.key, now: watching.now, log, damaged: (detail) => damagedWhileOpen(opened, detail) },
      watching.timing,
    );
    log.info('core.started', { version: APP_VERSION, schema: schemaVersion(opened.db), node: process.versions.node });
  };
  start();

  return {
    current: () => {
      if (data) return data;
      throw new ApiError(swapping ? 'storage.unavailable' : 'storage.damaged');
    },
    ifOpen: () => data,
    health: () => health.state,
    storeKey: () => storeKey,
    databaseFile,
    swapping: () => swapping,
    swap: async (work) => {
      swapping = true;
      try {
        // The files are about to be moved: no connection, the check's included, may hold them.
        await watch?.stop();
        watch = null;
        await closing;
        if (data) await data.close();
        data = null;
        storeKey = await work(storeKey);
      } finally {
        // Whatever happened, open what is now in place: the new data, or the data as it was.
        start();
        swapping = false;
      }
    },
    close: async () => {
      // A check under way is not waited for: it only reads, and ends with the process.
      void watch?.stop();
      watch = null;
      await data?.close();
      data = null;
      await closing;
    },
  };
}

/** What support needs to know of the data, open or damaged: versions and the desk's identity. */
export function diagnosticFacts(live: LiveData) {
  const data = live.ifOpen();
  return {
    appVersion: APP_VERSION,
    database: live.health(),
    schemaVersion: data ? schemaVersion(data.db) : null,
    sqlite: data ? String(data.db.prepare('SELECT sqlite_version()').pluck().get()) : null,
    centreId: data?.deps.settings.get('workstation.centre') ?? null,
    deskId: data?.deps.settings.get('workstation.desk') ?? null,
  };
}
