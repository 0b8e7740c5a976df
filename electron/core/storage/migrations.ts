import type { Migration } from './migration';
import { paperworkMigration } from './migrations-paperwork';
import { staffMigration } from './migrations-staff';

export type { Migration } from './migration';

/** Schema history, oldest first (see migration.ts). */

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'visits',
    sql: `
      CREATE TABLE visits (
        id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        created_at   TEXT NOT NULL,
        day          TEXT NOT NULL CHECK (length(day) = 10),
        desk         TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('booked', 'walk-in')),
        citizen_name TEXT NOT NULL,
        iin          TEXT CHECK (iin IS NULL OR length(iin) = 12),
        status       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visits_by_day ON visits (day, created_at);
    `,
  },
  {
    version: 2,
    name: 'settings',
    sql: `
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
      INSERT INTO settings (key, value) VALUES ('workstation.desk', '1');
      CREATE INDEX visits_by_iin ON visits (iin) WHERE iin IS NOT NULL;
    `,
  },
  {
    version: 3,
    name: 'intake',
    // visits is rebuilt with an INTEGER PRIMARY KEY: the search index is keyed by it, and a
    // rowid that is not aliased may be renumbered by VACUUM.
    sql: `
      CREATE TABLE visits_v3 (
        seq          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        day          TEXT NOT NULL CHECK (length(day) = 10),
        desk         TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('booked', 'walk-in')),
        citizen_name TEXT NOT NULL,
        iin          TEXT CHECK (iin IS NULL OR length(iin) = 12),
        status       TEXT NOT NULL,
        booking_code TEXT UNIQUE,
        slot         TEXT CHECK (slot IS NULL OR length(slot) = 5),
        service_code TEXT
      ) STRICT;
      INSERT INTO visits_v3 (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        SELECT id, created_at, created_at, day, desk, kind, citizen_name, iin, status FROM visits ORDER BY created_at, id;
      DROP TABLE visits;
      ALTER TABLE visits_v3 RENAME TO visits;
      CREATE INDEX visits_by_day ON visits (day, slot, created_at);
      CREATE INDEX visits_by_iin ON visits (iin, day) WHERE iin IS NOT NULL;
      CREATE INDEX visits_by_status ON visits (status, day);

      CREATE TABLE visit_events (
        seq         INTEGER PRIMARY KEY,
        visit_id    TEXT NOT NULL REFERENCES visits (id),
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        from_status TEXT,
        to_status   TEXT NOT NULL,
        reason      TEXT
      ) STRICT;
      CREATE INDEX visit_events_by_visit ON visit_events (visit_id, seq);

      CREATE TABLE applications (
        id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        visit_id     TEXT NOT NULL UNIQUE REFERENCES visits (id),
        state        TEXT NOT NULL CHECK (state IN ('draft', 'finished')),
        version      INTEGER NOT NULL DEFAULT 1,
        iin          TEXT,
        service_code TEXT,
        full_name    TEXT NOT NULL DEFAULT '',
        data         TEXT NOT NULL CHECK (json_valid(data)),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        finished_at  TEXT
      ) STRICT;
      CREATE INDEX applications_by_iin_service ON applications (iin, service_code);

      CREATE TABLE application_corrections (
        seq            INTEGER PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id),
        version        INTEGER NOT NULL,
        at             TEXT NOT NULL,
        actor          TEXT NOT NULL,
        reason         TEXT NOT NULL,
        before_data    TEXT NOT NULL CHECK (json_valid(before_data))
      ) STRICT;

      CREATE TABLE catalogues (
        version INTEGER PRIMARY KEY,
        body    TEXT NOT NULL CHECK (json_valid(body)),
        stored_at TEXT NOT NULL
      ) STRICT;

      -- Names of the visit and of its application, folded for Kazakh and Russian letters alike.
      CREATE VIRTUAL TABLE visit_search USING fts5 (names, tokenize = "unicode61 remove_diacritics 0");
      INSERT INTO visit_search (rowid, names) SELECT seq, citizen_name FROM visits;
      CREATE TRIGGER visits_search_insert AFTER INSERT ON visits BEGIN
        INSERT INTO visit_search (rowid, names) VALUES (new.seq, new.citizen_name);
      END;
      CREATE TRIGGER visits_search_update AFTER UPDATE OF citizen_name ON visits BEGIN
        UPDATE visit_search
           SET names = new.citizen_name || coalesce(' ' || (SELECT full_name FROM applications WHERE visit_id = new.id), '')
         WHERE rowid = new.seq;
      END;
      CREATE TRIGGER applications_search_insert AFTER INSERT ON applications BEGIN
        UPDATE visit_search SET names = (SELECT citizen_name FROM visits WHERE id = new.visit_id) || ' ' || new.full_name
         WHERE rowid = (SELECT seq FROM visits WHERE id = new.visit_id);
      END;
      CREATE TRIGGER applications_search_update AFTER UPDATE OF full_name ON applications BEGIN
        UPDATE visit_search SET names = (SELECT citizen_name FROM visits WHERE id = new.visit_id) || ' ' || new.full_name
         WHERE rowid = (SELECT seq FROM visits WHERE id = new.visit_id);
      END;
    `,
  },
  {
    version: 4,
    name: 'statement prints',
    // Every print and export of a statement, with the digest its QR code carries, so a signed
    // scan can be matched to the version the citizen signed and a reprint marked as such.
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
  },
  {
    version: 5,
    name: 'attachments',
    // A row is written only after its file is durable in the blob store, so a row never points
    // at a missing file; a file without a row (a crash in between) is collected later.
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
  },
  {
    version: 6,
    name: 'visit event causes',
    // What the system did (a print, closing the day…) is kept apart from what an operator typed, so
    // the history can show the first in the operator's language and the second as written.
    sql: `ALTER TABLE visit_events ADD COLUMN cause TEXT;`,
  },
  {
    version: 7,
    name: 'attachment versions, checklist waivers, scanner inbox',
    // A rotated page is a new version beside the original, which is kept as scanned: `original_id`
    // names the first version of the chain. A waiver lets an application be finished without a
    // required document, with who and why. The inbox holds scanner files stored but not yet
    // assigned; `source_key` (name, size, time) keeps a file from entering twice.
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
  },
  {
    version: 8,
    name: 'sync outbox, batches, decisions',
    // The outbox row is written in the transaction that completes the application, with a snapshot
    // of what is sent, so a later change cannot slip into a send. `version` counts sends of the
    // same application: the server keeps the highest and answers a repeat as a duplicate. A batch
    // is formed once and re-sent as it was until every item has an answer.
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
  },
  {
    version: 9,
    name: 'audit log',
    // Append-only: each row carries the hash of the one before it, so an edited or removed row
    // breaks the chain and verify names where. The triggers stop accidental edits through the app's
    // own connection; the chain is what catches anything done to the file by other means.
    // Rows name records by id only: no personal data is ever copied here.
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
  },
  staffMigration,
  paperworkMigration,
];
