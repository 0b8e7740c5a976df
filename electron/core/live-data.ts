import { join } from 'node:path';
import { ApiError } from '../../shared/contract/errors';
import type { AppLog } from './logging';
import { loadStoreKey, type StoreKey } from './security';
import { DATABASE_FILE, schemaVersion, databaseHealth, type DatabaseHealth } from './storage';
import type { SecretProtector } from './security';
import type { DeskData } from './desk-data';
import { APP_VERSION } from './app-version';

/**
 * The desk's data as it is open now. It checks the database before opening it: a damaged one is
 * left untouched (and only the methods a supervisor needs to restore a backup are served) until
 * a restore swaps the data in place. Everything that reaches the data asks for it at call time.
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

export function openLiveData(dataDir: string, log: AppLog, protector: SecretProtector | undefined, open: (storeKey: StoreKey) => DeskData): LiveData {
  const databaseFile = join(dataDir, DATABASE_FILE);
  let storeKey = loadStoreKey(dataDir, protector);
  let health: DatabaseHealth = { state: 'ok' };
  let data: DeskData | null = null;
  let swapping = false;

  const start = () => {
    const found = databaseHealth(databaseFile, storeKey.key);
    // A missing database is a new desk's: it is created as it opens.
    health = found.state === 'missing' ? { state: 'ok' } : found;
    if (health.state === 'damaged') {
      // SQLite's complaint names pages and indexes only; it helps support and holds no citizen data.
      log.error('database.damaged', { detail: health.detail });
      return;
    }
    data = open(storeKey);
    log.info('core.started', { version: APP_VERSION, schema: schemaVersion(data.db), node: process.versions.node });
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
      await data?.close();
      data = null;
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
