import { join } from 'node:path';
import { atomicallyOn, openDatabase, type Atomically, type Db } from '../../core/storage';
import { loadStoreKey } from '../../core/security';
import { hubMigrations } from './migrations';

export const HUB_DATABASE_FILE = 'hub.sqlite';

export type HubDatabase = { db: Db; atomically: Atomically; close(): void };

/**
 * Opens the hub's own database the way the desk opens its own (storage/database.ts): encrypted
 * with a key kept in the hub's data folder, WAL, synchronous=FULL, so every write the hub answered
 * survives a crash or a power cut, and every write in one BEGIN IMMEDIATE transaction.
 */
export function openHubDatabase(dataDir: string): HubDatabase {
  const { key } = loadStoreKey(dataDir);
  const db = openDatabase(join(dataDir, HUB_DATABASE_FILE), hubMigrations, key);
  return { db, atomically: atomicallyOn(db), close: () => db.close() };
}
