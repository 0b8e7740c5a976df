import { openReadonly, type Db } from './database';
import { readableWith } from './database-check';

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
