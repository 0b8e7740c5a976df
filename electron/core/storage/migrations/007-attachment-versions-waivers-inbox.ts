import type { Migration } from './migration';

/**
 * A rotated page is a new version beside the original, which is kept as scanned: `original_id`
 * names the first version of the chain. A waiver lets an application be finished without a
 * required document, with who and why. The inbox holds scanner files stored but not yet
 * assigned; `source_key` (name, size, time) keeps a file from entering twice.
 */
export const attachmentVersionsMigration: Migration = {
  version: 7,
  name: 'attachment versions, checklist waivers, scanner inbox',
  sql: `
      ALTER TABLE attachments ADD COLUMN original_id TEXT REFERENCES attachments (id);
      ALTER TABLE attachments ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
      CREATE INDEX attachments_by_original ON attachments (original_id);
      CREATE TABLE checklist_waivers (
        application_id TEXT NOT NULL REFERENCES applications (id),
        item           TEXT NOT NULL,
        reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        waived_by      TEXT NOT NULL,
        waived_at      TEXT NOT NULL,
        PRIMARY KEY (application_id, item)
      ) STRICT;
      CREATE TABLE scanner_inbox (
        id            TEXT PRIMARY KEY NOT NULL,
        source_key    TEXT NOT NULL UNIQUE,
        original_name TEXT NOT NULL,
        found_at      TEXT NOT NULL,
        media_type    TEXT,
        size          INTEGER,
        sha256        TEXT,
        page_count    INTEGER,
        refused_rule  TEXT,
        state         TEXT NOT NULL CHECK (state IN ('waiting', 'refused', 'assigned', 'discarded')),
        attachment_id TEXT REFERENCES attachments (id),
        CHECK (state <> 'refused' OR refused_rule IS NOT NULL),
        CHECK (refused_rule IS NULL OR state IN ('refused', 'discarded')),
        CHECK (refused_rule IS NOT NULL OR sha256 IS NOT NULL)
      ) STRICT;
      CREATE INDEX scanner_inbox_by_state ON scanner_inbox (state, found_at);
      CREATE INDEX scanner_inbox_by_blob ON scanner_inbox (sha256);
    `,
};
