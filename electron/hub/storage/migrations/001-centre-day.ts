import type { HubMigration } from './hub-migration';

/**
 * The hub's first schema: the centre's set-up, paired devices, the day's bookings and tickets, who
 * served whom, the answers given to each request id (so a retry is harmless), and the event log the
 * desks and displays follow. A ticket is called at one window at a time by construction: the
 * partial unique index allows one called ticket per window, and a ticket row has one status.
 */
export const centreDayMigration: HubMigration = {
  version: 1,
  name: 'centre day',
  sql: `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE devices (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('display', 'desk', 'supervisor')),
      secret_sha256 BLOB NOT NULL,
      paired_at TEXT NOT NULL,
      revoked_at TEXT
    ) STRICT;

    CREATE TABLE pairing_codes (
      code TEXT PRIMARY KEY,
      role TEXT NOT NULL CHECK (role IN ('display', 'desk', 'supervisor')),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_by TEXT REFERENCES devices (id)
    ) STRICT;

    CREATE TABLE windows (
      id TEXT PRIMARY KEY,
      label TEXT NOT NULL,
      groups TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE bookings (
      day TEXT NOT NULL,
      code TEXT NOT NULL,
      slot TEXT NOT NULL,
      iin TEXT NOT NULL,
      citizen_name TEXT NOT NULL,
      service TEXT NOT NULL,
      received_at TEXT NOT NULL,
      PRIMARY KEY (day, code)
    ) STRICT;

    CREATE TABLE ticket_counters (
      day TEXT NOT NULL,
      prefix TEXT NOT NULL,
      last INTEGER NOT NULL,
      PRIMARY KEY (day, prefix)
    ) STRICT;

    CREATE TABLE tickets (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      day TEXT NOT NULL,
      group_id TEXT NOT NULL,
      prefix TEXT NOT NULL,
      number TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('booked', 'walk_in')),
      booking_code TEXT,
      slot TEXT,
      service TEXT NOT NULL,
      priority TEXT,
      citizen_name TEXT,
      iin TEXT,
      status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'set_aside', 'finished')),
      window_id TEXT REFERENCES windows (id),
      transfer_window TEXT REFERENCES windows (id),
      call_count INTEGER NOT NULL DEFAULT 0,
      issued_at TEXT NOT NULL,
      called_at TEXT,
      finished_at TEXT,
      UNIQUE (day, number),
      UNIQUE (day, booking_code)
    ) STRICT;
    CREATE UNIQUE INDEX tickets_one_called_per_window ON tickets (window_id) WHERE status = 'called';
    CREATE INDEX tickets_by_day_status ON tickets (day, status);

    CREATE TABLE ticket_events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      ticket_id TEXT NOT NULL REFERENCES tickets (id),
      kind TEXT NOT NULL CHECK (kind IN ('issued', 'called', 'called_again', 'not_here', 'set_aside', 'transferred', 'restored', 'finished')),
      window_id TEXT,
      device_id TEXT NOT NULL,
      operator TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id);

    CREATE TABLE requests (
      device_id TEXT NOT NULL,
      id TEXT NOT NULL,
      route TEXT NOT NULL,
      answer TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (device_id, id)
    ) STRICT;

    CREATE TABLE events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      type TEXT NOT NULL,
      payload TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
  `,
};
