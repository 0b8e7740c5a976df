import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/contract/errors';
import { migrations as releasedMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE = 'qabyldau.sqlite';

/**
 * Opens (creating if needed) the workstation database and brings its schema up to date.
 * WAL keeps readers from blocking the writer; synchronous=FULL makes every commit the operator
 * was told about durable through a power cut, at the cost of an fsync per transaction.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = releasedMigrations): Db {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
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
