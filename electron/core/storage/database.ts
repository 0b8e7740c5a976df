import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/contract/errors';
import { migrations as releasedMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE = 'qabyldau.sqlite';

/**
 * The page cache of the desk's connection, in KiB. Each page read again from the file is decrypted
 * and its HMAC checked (about 15 µs here), which was most of a name search's time at a million
 * visits once the search read only the rows it shows: the default 16 MB holds about 4,000 pages,
 * what some fifteen searches read there, and search as you type sends one per pause, each reading
 * mostly the rows the one before it read.
 */
export const PAGE_CACHE_KIB = 65_536;

/**
 * Applies the store key to a connection just opened, before anything is read: SQLCipher's page
 * format (AES-256-CBC with HMAC-SHA512 per page) as SQLite3 Multiple Ciphers implements it. The
 * key is raw, so no passphrase derivation slows each open.
 */
export function applyKey(db: Db, key: Buffer): void {
  for (const pragma of keyPragmas(key)) db.pragma(pragma);
}

/** The pragmas `applyKey` runs, for a connection opened where this module is not loaded (a worker). */
export function keyPragmas(key: Buffer): string[] {
  return [`cipher = 'sqlcipher'`, 'legacy = 4', `key = "x'${key.toString('hex')}'"`];
}

/** Opens a database file read-only with the key (or none, for a copy that was never keyed). */
export function openReadonly(file: string, key: Buffer | undefined): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (key) applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A database the previous release wrote in plain text is encrypted in place on first start with a
 * key: rekeying needs the rollback journal, so WAL is left for its duration.
 */
function encryptPlaintext(file: string, key: Buffer): void {
  const plain = new Database(file);
  try {
    plain.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    plain.close();
    return; // Not plain text either: the keyed open below reports it.
  }
  try {
    plain.pragma('journal_mode = DELETE');
    plain.pragma(`cipher = 'sqlcipher'`);
    plain.pragma('legacy = 4');
    plain.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    plain.close();
  }
}

/**
 * Opens (creating if needed) the workstation database and brings its schema up to date.
 * WAL keeps readers from blocking the writer; synchronous=FULL makes every commit the operator
 * was told about durable through a power cut, at the cost of an fsync per transaction. With a key
 * every page, the WAL's included, is encrypted: the file holds no IIN or name in clear.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = releasedMigrations, key?: Buffer): Db {
  mkdirSync(dirname(file), { recursive: true });
  if (key && existsSync(file) && !keyOpens(file, key)) encryptPlaintext(file, key);
  const db = new Database(file);
  try {
    if (key) applyKey(db, key);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // What is deleted (retention, a removed document) is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function keyOpens(file: string, key: Buffer): boolean {
  try {
    openReadonly(file, key).close();
    return true;
  } catch {
    return false;
  }
}

/** Runs work in one transaction: all of it is saved, or none of it. */
export type Atomically = <T>(work: () => T) => T;

export function atomicallyOn(db: Db): Atomically {
  // BEGIN IMMEDIATE takes the write lock first, waiting out another connection's write (busy
  // timeout). A deferred transaction that reads and then writes fails at once with SQLITE_BUSY
  // when another process wrote in between, which the busy timeout cannot cure.
  return (work) => db.transaction(work).immediate();
}

/**
 * A transaction committed without waiting for the disk, for a record of reading (who searched for
 * or opened what), never for a change: its fsync was most of a search's time beyond the query. In
 * WAL mode it stays consistent, and reaches the disk with the next commit that is synced (every
 * other one) or a checkpoint; a power cut before that loses it and nothing committed after it.
 */
export function unsyncedAtomicallyOn(db: Db): Atomically {
  return (work) => {
    db.pragma('synchronous = NORMAL');
    try {
      return db.transaction(work).immediate();
    } finally {
      db.pragma('synchronous = FULL');
    }
  };
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  // A database written by a newer release must not be touched by an older one.
  if (current > latest) throw new ApiError('storage.unavailable');
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
