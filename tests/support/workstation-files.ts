import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unseal } from '../../electron/core/security/blob-cipher';
import { applyKey } from '../../electron/core/storage/database';

/** The store key a test workstation keeps in its 0600 file (no OS protector in tests). */
export function storeKeyOf(dataDir: string): Buffer {
  return Buffer.from(readFileSync(join(dataDir, 'store.key'), 'utf8').trim(), 'hex');
}

/**
 * Opens a workstation's encrypted database directly, as support would with the recovery key: for
 * tests that look at (or tamper with) what the core wrote.
 */
export function openWorkstationDb(file: string, dataDir: string, options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  applyKey(db, storeKeyOf(dataDir));
  return db;
}

/** A stored scan's content, unsealed with the workstation's key. */
export function blobContent(dataDir: string, path: string): Buffer {
  return unseal(readFileSync(path), storeKeyOf(dataDir));
}
