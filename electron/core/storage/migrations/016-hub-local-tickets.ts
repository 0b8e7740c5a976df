import type { Migration } from './migration';

/**
 * The tickets a desk gives alone while the centre's hub is out of reach, kept until the hub has
 * taken them: each with the id the hub will keep, the local number (the window's own prefix),
 * when the citizen was checked in (the first check-in of a booking keeps it), and what the desk
 * did with it since. `batch_id` is the request id of the handover batch the row was last sent in,
 * with the status that batch carried (`batch_status`): a batch whose answer was lost is sent again
 * as it was. `sent_status` is the status the hub last took; a row whose status moved on since is
 * sent again. The booking code is the only thing here about a citizen; the visit holds the rest.
 */
export const hubLocalTicketsMigration: Migration = {
  version: 16,
  name: 'hub local tickets',
  sql: `
    CREATE TABLE hub_local_tickets (
      id            TEXT PRIMARY KEY,
      day           TEXT NOT NULL,
      seq           INTEGER NOT NULL CHECK (seq > 0),
      number        TEXT NOT NULL,
      kind          TEXT NOT NULL CHECK (kind IN ('booked', 'walk_in')),
      visit_id      TEXT,
      booking_code  TEXT,
      service       TEXT NOT NULL,
      group_id      TEXT NOT NULL,
      prefix        TEXT NOT NULL,
      priority      TEXT,
      window_id     TEXT,
      status        TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'finished')),
      checked_in_at TEXT NOT NULL,
      called_at     TEXT,
      finished_at   TEXT,
      operator      TEXT NOT NULL,
      batch_id      TEXT,
      batch_status  TEXT CHECK (batch_status IN ('waiting', 'called', 'finished')),
      sent_status   TEXT CHECK (sent_status IN ('waiting', 'called', 'finished')),
      outcome       TEXT CHECK (outcome IN ('accepted', 'superseded')),
      kept_number   TEXT,
      UNIQUE (day, number),
      CHECK ((batch_id IS NULL) = (batch_status IS NULL))
    ) STRICT;
    CREATE INDEX hub_local_tickets_by_day ON hub_local_tickets (day, status);
    CREATE UNIQUE INDEX hub_local_tickets_one_per_booking ON hub_local_tickets (day, booking_code) WHERE booking_code IS NOT NULL;
  `,
};
