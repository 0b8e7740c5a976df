/**
 * Schema history. Append only: a released migration is never edited, because workstations in the
 * field already ran it. Each runs in its own transaction and bumps `PRAGMA user_version`.
 */
export type Migration = { version: number; name: string; sql: string };

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
];
