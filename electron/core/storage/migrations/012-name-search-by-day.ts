import type { Migration } from './migration';

/**
 * Release 12: name search reads newest first and stops at its limit. The name index was keyed by
 * the visit's seq, so the newest matches of a common name could only be found by sorting all of
 * them: tens of thousands at a million visits. Its rowid is now the visit's day (yyyymmdd) times
 * 10^10 plus its seq, so the index is in day order and read from the newest day down
 * (visit-name-search.ts). Prefix indexes of one to five letters answer the words search as you type
 * sends without merging the postings of every name each one starts. The names are not stored in the
 * index a second time: nothing reads them back from it.
 */
export const nameSearchByDayMigration: Migration = {
  version: 12,
  name: 'name search by day',
  sql: `
    DROP TRIGGER visits_search_insert;
    DROP TRIGGER visits_search_update;
    DROP TRIGGER applications_search_insert;
    DROP TRIGGER applications_search_update;
    DROP TABLE visit_search;

    CREATE VIRTUAL TABLE visit_search USING fts5 (
      names,
      tokenize = "unicode61 remove_diacritics 0",
      prefix = '1 2 3 4 5',
      content = '',
      contentless_delete = 1
    );
    INSERT INTO visit_search (rowid, names)
      SELECT CAST(replace(v.day, '-', '') AS INTEGER) * 10000000000 + v.seq, v.citizen_name || coalesce(' ' || a.full_name, '')
        FROM visits v LEFT JOIN applications a ON a.visit_id = v.id;

    CREATE TRIGGER visit_search_visit_added AFTER INSERT ON visits BEGIN
      INSERT INTO visit_search (rowid, names)
        VALUES (CAST(replace(new.day, '-', '') AS INTEGER) * 10000000000 + new.seq,
                new.citizen_name || coalesce(' ' || (SELECT full_name FROM applications WHERE visit_id = new.id), ''));
    END;
    -- A booking moved to another day moves in the index too.
    CREATE TRIGGER visit_search_visit_changed AFTER UPDATE OF day, citizen_name ON visits
      WHEN old.day IS NOT new.day OR old.citizen_name IS NOT new.citizen_name BEGIN
      DELETE FROM visit_search WHERE rowid = CAST(replace(old.day, '-', '') AS INTEGER) * 10000000000 + old.seq;
      INSERT INTO visit_search (rowid, names)
        VALUES (CAST(replace(new.day, '-', '') AS INTEGER) * 10000000000 + new.seq,
                new.citizen_name || coalesce(' ' || (SELECT full_name FROM applications WHERE visit_id = new.id), ''));
    END;
    CREATE TRIGGER visit_search_visit_removed AFTER DELETE ON visits BEGIN
      DELETE FROM visit_search WHERE rowid = CAST(replace(old.day, '-', '') AS INTEGER) * 10000000000 + old.seq;
    END;
    CREATE TRIGGER visit_search_application_added AFTER INSERT ON applications BEGIN
      INSERT OR REPLACE INTO visit_search (rowid, names)
        SELECT CAST(replace(day, '-', '') AS INTEGER) * 10000000000 + seq, citizen_name || ' ' || new.full_name
          FROM visits WHERE id = new.visit_id;
    END;
    CREATE TRIGGER visit_search_application_changed AFTER UPDATE OF full_name ON applications
      WHEN old.full_name IS NOT new.full_name BEGIN
      INSERT OR REPLACE INTO visit_search (rowid, names)
        SELECT CAST(replace(day, '-', '') AS INTEGER) * 10000000000 + seq, citizen_name || ' ' || new.full_name
          FROM visits WHERE id = new.visit_id;
    END;
  `,
};
