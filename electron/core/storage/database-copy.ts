import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from './database';

/**
 * Copies the live database to `file` through SQLite's online backup API while the app keeps
 * working. The copy is taken in one step after the first: a step interrupted by another
 * connection's write starts over, and a desk that never stops writing must not starve the backup.
 */
export async function copyDatabase(db: Db, file: string): Promise<void> {
  await db.backup(file, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
}

/** The scans a database copy refers to: attachments and what waits in the scanner inbox. */
export function blobsNamedIn(file: string): string[] {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return copy
      .prepare<[], string>(
        `SELECT sha256 FROM attachments UNION SELECT sha256 FROM scanner_inbox WHERE sha256 IS NOT NULL ORDER BY 1`,
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
export function databaseHealth(file: string): DatabaseHealth {
  if (!existsSync(file)) return { state: 'missing' };
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.prepare<[], string>('PRAGMA integrity_check(20)').pluck().all();
    return result.length === 1 && result[0] === 'ok' ? { state: 'ok' } : { state: 'damaged', detail: (result[0] ?? 'no answer').slice(0, 200) };
  } catch (error) {
    return { state: 'damaged', detail: error instanceof Error && 'code' in error ? String(error.code) : 'unreadable' };
  } finally {
    db?.close();
  }
}

/** Reads one setting from a database that may be damaged, for the restore page's hints. */
export function settingFromDamaged(file: string, key: string): string | undefined {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key);
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
