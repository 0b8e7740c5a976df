import type { Migration } from './migration';

/**
 * `visits` is rebuilt with an INTEGER PRIMARY KEY: the search index is keyed by it, and a
 * rowid that is not aliased may be renumbered by VACUUM.
 */
export const intakeMigration: Migration = {
  version: 3,
  name: 'intake',
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
};
