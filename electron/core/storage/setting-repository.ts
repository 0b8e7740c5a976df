import type { Db } from './database';

export type SettingKey = 'workstation.desk' | 'workstation.centre' | 'workstation.operator' | 'ui.language';

export type SettingRepository = {
  get(key: SettingKey): string | undefined;
  set(key: SettingKey, value: string): void;
};

export function createSettingRepository(db: Db): SettingRepository {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => select.get(key)?.value,
    set: (key, value) => {
      upsert.run(key, value);
    },
  };
}
