import type { Migration } from './migration';

/**
 * Every print and export of a statement, with the digest its QR code carries, so a signed
 * scan can be matched to the version the citizen signed and a reprint marked as such.
 */
export const statementPrintsMigration: Migration = {
  version: 4,
  name: 'statement prints',
  sql: `
      CREATE TABLE statement_prints (
        seq            INTEGER PRIMARY KEY,
        visit_id       TEXT NOT NULL REFERENCES visits (id),
        application_id TEXT NOT NULL REFERENCES applications (id),
        version        INTEGER NOT NULL,
        digest         TEXT NOT NULL,
        purpose        TEXT NOT NULL CHECK (purpose IN ('print', 'export')),
        reprint        INTEGER NOT NULL CHECK (reprint IN (0, 1)),
        at             TEXT NOT NULL,
        actor          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX statement_prints_by_application ON statement_prints (application_id, seq);
    `,
};
