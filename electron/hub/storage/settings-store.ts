import type { Db } from '../../core/storage';

/** The hub's own facts (its id, the centre's set-up), one JSON value a key. */
export function createSettingsStore(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    read: (key: string): unknown => {
      const row = get.get(key);
      return row === undefined ? undefined : JSON.parse(row.value);
    },
    write: (key: string, value: unknown) => void put.run(key, JSON.stringify(value)),
  };
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;
