import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { DATABASE_FILE, migrate, openDatabase, schemaVersion, type Db } from '../../electron/core/storage/database';
import { migrations } from '../../electron/core/storage/migrations';
import { tempDirForTest } from './temp-dir';

/**
 * A database file as a desk held it after the release whose last migration was `version`: opened
 * the way the app opens it, in a folder of the test's own, so a migration step is tested from the
 * exact schema it meets in the field and no other test's rows.
 */
export function databaseAtVersion(version: number): Db {
  const db = openDatabase(join(tempDirForTest(`schema-${version}`), DATABASE_FILE), migrations.slice(0, version));
  // Vitest runs these hooks last in, first out: the file is closed before its folder is removed.
  onTestFinished(() => {
    db.close();
  });
  if (schemaVersion(db) !== version) throw new Error(`expected schema ${version}, got ${schemaVersion(db)}`);
  return db;
}

/** Runs migration `version` alone on a database the migration before it left, as the next release's first start does. */
export function applyMigration(db: Db, version: number): void {
  if (schemaVersion(db) !== version - 1) throw new Error(`migration ${version} needs schema ${version - 1}, got ${schemaVersion(db)}`);
  migrate(db, migrations.slice(0, version));
  if (schemaVersion(db) !== version) throw new Error(`migration ${version} left schema ${schemaVersion(db)}`);
}
