import type { Migration } from './migration';

/**
 * Release 10: staff accounts, and the mark retention leaves on an application whose personal
 * data and scans it removed (the row stays, holding ids and dates only, so the audit trail and
 * the reports still name what it was).
 */
export const staffMigration: Migration = {
  version: 10,
  name: 'staff accounts, retention',
  sql: `
    CREATE TABLE staff (
      id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
      login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name            TEXT NOT NULL,
      role            TEXT NOT NULL CHECK (role IN ('operator', 'supervisor')),
      secret_hash     TEXT NOT NULL,
      active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
      locked_until    TEXT,
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL
    ) STRICT;
    ALTER TABLE applications ADD COLUMN removed_at TEXT;
  `,
};
