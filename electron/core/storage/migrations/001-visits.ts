import type { Migration } from './migration';

export const visitsMigration: Migration = {
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
};
