import { existsSync } from 'node:fs';
import { openReadonly, type Db } from './database';

/**
 * Copies the live database to `file` while the app keeps working, as one read transaction: a
 * consistent copy however hard the desk writes, encrypted with the same key. SQLite's backup API
 * would serve as well for a plain database, but SQLite3 Multiple Ciphers refuses it between an
 * encrypted source and a new file; `VACUUM INTO` writes the copy through the source's cipher.
 */
export function copyDatabase(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** The scans a database copy refers to: attachments and what waits in the scanner inbox. */
export function blobsNamedIn(file: string, key: Buffer | undefined): string[] {
  const copy = openReadonly(file, key);
  try {
    return copy
      .prepare<[], string>(
        `SELECT sha256 FROM attachments UNION SELECT sha256 FROM scanner_inbox WHERE state = 'waiting' ORDER BY 1`,
      )
      .pluck()
      .all();
  } finally {
    copy.close();
  }
}

export type DatabaseHealth = { state: 'ok' } | { state: 'missing' } | { state: 'damaged'; detail: string };

/**
 * `PRAGMA integrity_check` on a database file, opened read-only so a damaged file is not made
 * worse. Run at start and on a copy before it is restored. `detail` is SQLite's first complaint:
 * page numbers and index names, never row values.
 */
export function databaseHealth(file: string, key: Buffer | undefined): DatabaseHealth {
  if (!existsSync(file)) return { state: 'missing' };
  let db: Db | undefined;
  try {
    // A database the previous release left in plain text is healthy too: it is encrypted as it opens.
    db = readableWith(file, key);
    const result = db.prepare<[], string>('PRAGMA integrity_check(20)').pluck().all();
    return result.length === 1 && result[0] === 'ok' ? { state: 'ok' } : { state: 'damaged', detail: (result[0] ?? 'no answer').slice(0, 200) };
  } catch (error) {
    return { state: 'damaged', detail: error instanceof Error && 'code' in error ? String(error.code) : 'unreadable' };
  } finally {
    db?.close();
  }
}

/** Reads one setting from a database that may be damaged, for the restore page's hints. */
export function settingFromDamaged(file: string, storeKey: Buffer | undefined, key: string): string | undefined {
  try {
    const db = readableWith(file, storeKey);
    try {
      return db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key);
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

function readableWith(file: string, key: Buffer | undefined): Db {
  try {
    return openReadonly(file, key);
  } catch (error) {
    if (!key) throw error;
    try {
      return openReadonly(file, undefined);
    } catch {
      throw error;
    }
  }
}
