import type { Migration } from './migration';

export const settingsMigration: Migration = {
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
};
