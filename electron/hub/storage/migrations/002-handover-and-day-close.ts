import type { HubMigration } from './hub-migration';

/**
 * A desk's work while the hub was away, and the end of the day. A ticket handed over keeps the id
 * and the local number the desk gave (`handed_over_by` names the desk), so a resent item is found
 * again and never stored twice. A booking checked in at two places is settled once and kept in
 * `checkin_conflicts`, for the desk whose check-in lost to read. A day is closed once:
 * `day_closures` and the no-shows it decided are never rewritten.
 */
export const handoverAndDayCloseMigration: HubMigration = {
  version: 2,
  name: 'handover and day close',
  sql: `
    ALTER TABLE tickets ADD COLUMN handed_over_by TEXT REFERENCES devices (id);

    CREATE TABLE checkin_conflicts (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      day TEXT NOT NULL,
      booking_code TEXT NOT NULL,
      kept_ticket TEXT NOT NULL,
      kept_number TEXT NOT NULL,
      kept_at TEXT NOT NULL,
      void_ticket TEXT NOT NULL,
      void_number TEXT NOT NULL,
      void_at TEXT NOT NULL,
      void_device TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      UNIQUE (void_ticket)
    ) STRICT;
    CREATE INDEX checkin_conflicts_by_device ON checkin_conflicts (void_device, day);

    CREATE TABLE day_closures (
      day TEXT PRIMARY KEY,
      closed_at TEXT NOT NULL,
      device_id TEXT NOT NULL,
      operator TEXT NOT NULL
    ) STRICT;

    CREATE TABLE no_shows (
      day TEXT NOT NULL REFERENCES day_closures (day),
      booking_code TEXT NOT NULL,
      PRIMARY KEY (day, booking_code)
    ) STRICT;
  `,
};
