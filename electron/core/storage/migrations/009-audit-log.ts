import type { Migration } from './migration';

/**
 * Append-only: each row carries the hash of the one before it, so an edited or removed row
 * breaks the chain and verify names where. The triggers stop accidental edits through the app's
 * own connection; the chain is what catches anything done to the file by other means.
 * Rows name records by id only: no personal data is ever copied here.
 */
export const auditLogMigration: Migration = {
  version: 9,
  name: 'audit log',
  sql: `
      CREATE TABLE audit_log (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        record_kind TEXT,
        record_id   TEXT,
        detail      TEXT CHECK (detail IS NULL OR json_valid(detail)),
        prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
      ) STRICT;
      CREATE INDEX audit_log_by_record ON audit_log (record_kind, record_id, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
};
