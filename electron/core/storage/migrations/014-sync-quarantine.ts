import type { Migration } from './migration';

/**
 * An application the central system will not take as sent (its batch refused once narrowed down
 * to it alone, or one of its files refused) is held back so the rest of the queue goes on. Its
 * outbox row leaves the queue as refused; this row says why, in terms the desk translates: the
 * kind, the HTTP status and the server's problem code, and the file for a file's refusal. Nothing
 * a citizen gave is kept here, so retention has nothing to clear in it.
 */
export const syncQuarantineMigration: Migration = {
  version: 14,
  name: 'sync quarantine',
  sql: `
    CREATE TABLE sync_quarantine (
      seq    INTEGER PRIMARY KEY REFERENCES outbox (seq),
      kind   TEXT NOT NULL CHECK (kind IN ('unreadable', 'too_large', 'file_too_large', 'file_refused')),
      status INTEGER NOT NULL CHECK (status BETWEEN 400 AND 499),
      code   TEXT CHECK (code IS NULL OR length(code) <= 64),
      sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
      at     TEXT NOT NULL
    ) STRICT;
  `,
};
