import type { Migration } from './migration';

/**
 * A row is written only after its file is durable in the blob store, so a row never points
 * at a missing file; a file without a row (a crash in between) is collected later.
 */
export const attachmentsMigration: Migration = {
  version: 5,
  name: 'attachments',
  sql: `
      CREATE TABLE attachments (
        id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        application_id TEXT NOT NULL REFERENCES applications (id),
        checklist_item TEXT NOT NULL,
        original_name  TEXT NOT NULL,
        media_type     TEXT NOT NULL,
        size           INTEGER NOT NULL CHECK (size > 0),
        sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
        page_count     INTEGER,
        added_by       TEXT NOT NULL,
        added_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_by_application ON attachments (application_id);
      CREATE INDEX attachments_by_blob ON attachments (sha256);
    `,
};
