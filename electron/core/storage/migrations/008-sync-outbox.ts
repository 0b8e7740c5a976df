import type { Migration } from './migration';

/**
 * The outbox row is written in the transaction that completes the application, with a snapshot
 * of what is sent, so a later change cannot slip into a send. `version` counts sends of the
 * same application: the server keeps the highest and answers a repeat as a duplicate. A batch
 * is formed once and re-sent as it was until every item has an answer.
 */
export const syncOutboxMigration: Migration = {
  version: 8,
  name: 'sync outbox, batches, decisions',
  sql: `
      CREATE TABLE sync_batches (
        id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        formed_at   TEXT NOT NULL,
        items       INTEGER NOT NULL CHECK (items > 0),
        bytes       INTEGER NOT NULL CHECK (bytes >= 0),
        finished_at TEXT
      ) STRICT;
      CREATE TABLE outbox (
        seq            INTEGER PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id),
        visit_id       TEXT NOT NULL REFERENCES visits (id),
        version        INTEGER NOT NULL CHECK (version >= 1),
        payload        TEXT NOT NULL CHECK (json_valid(payload)),
        bytes          INTEGER NOT NULL CHECK (bytes >= 0),
        state          TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'rejected')),
        batch_id       TEXT REFERENCES sync_batches (id),
        reasons        TEXT CHECK (reasons IS NULL OR json_valid(reasons)),
        queued_at      TEXT NOT NULL,
        done_at        TEXT,
        UNIQUE (application_id, version)
      ) STRICT;
      CREATE INDEX outbox_by_state ON outbox (state, batch_id, seq);
      -- The Sync page asks every second for the latest sends; the outbox only grows.
      CREATE INDEX outbox_sent_by_time ON outbox (done_at) WHERE state = 'sent';
      CREATE TABLE decisions (
        seq            INTEGER PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id),
        version        INTEGER NOT NULL,
        outcome        TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected', 'needs_information')),
        reason         TEXT,
        source         TEXT NOT NULL CHECK (source IN ('push', 'feed')),
        decided_at     TEXT NOT NULL,
        received_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX decisions_by_application ON decisions (application_id, seq);

      -- Visits the previous release queued had no outbox: give each its first send, built as the
      -- core builds it (sync/outbox-item.ts), from the documents current now.
      INSERT INTO outbox (application_id, visit_id, version, payload, bytes, state, queued_at)
      SELECT a.id, v.id, 1,
        json_object(
          'id', a.id, 'visitId', v.id, 'bookingCode', v.booking_code, 'finishedAt', coalesce(a.finished_at, a.updated_at),
          'fields', a.data -> '$.fields', 'birthDate', a.data ->> '$.birthDate', 'sex', a.data ->> '$.sex',
          'receiverOverridden', a.data -> '$.receiverOverridden',
          'documents', json((SELECT json_group_array(json_object('id', t.id, 'checklistItem', t.checklist_item, 'sha256', t.sha256, 'size', t.size,
                          'mediaType', t.media_type, 'fileName', t.original_name, 'pageCount', t.page_count, 'version', t.version))
                          FROM attachments t WHERE t.application_id = a.id
                           AND NOT EXISTS (SELECT 1 FROM attachments n WHERE n.original_id = coalesce(t.original_id, t.id) AND n.version > t.version))),
          'waivers', json((SELECT json_group_array(json_object('item', w.item, 'reason', w.reason, 'waivedBy', w.waived_by, 'waivedAt', w.waived_at))
                        FROM checklist_waivers w WHERE w.application_id = a.id)),
          'version', 1),
        (SELECT coalesce(sum(size), 0) FROM (SELECT DISTINCT sha256, size FROM attachments t WHERE t.application_id = a.id
           AND NOT EXISTS (SELECT 1 FROM attachments n WHERE n.original_id = coalesce(t.original_id, t.id) AND n.version > t.version))),
        'queued', v.updated_at
      FROM visits v JOIN applications a ON a.visit_id = v.id
      WHERE v.status = 'queued' AND a.state = 'finished';
    `,
};
