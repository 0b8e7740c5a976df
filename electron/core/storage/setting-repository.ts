import type { Db } from './database';

export type SettingKey =
  | 'workstation.desk'
  | 'workstation.centre'
  | 'workstation.operator'
  | 'workstation.centreName'
  | 'workstation.setUpAt'
  | 'ui.language'
  | 'scanner.folder'
  | 'printer.name'
  | 'printer.paperSize'
  | 'printer.ticketName'
  | 'security.idleLockMinutes'
  | 'retention.days'
  | 'backup.folder'
  | 'backup.everyHours'
  | 'backup.lastAt'
  | 'backup.lastError'
  | 'security.blobsSealed'
  | 'sync.server'
  | 'sync.device'
  | 'sync.cursor'
  | 'sync.epoch'
  | 'sync.lastSuccessAt'
  | 'sync.paused'
  | 'sync.revoked'
  | 'sync.staffRefused'
  | 'hub.windowId'
  | 'hub.centre';

export type SettingRepository = {
  get(key: SettingKey): string | undefined;
  set(key: SettingKey, value: string): void;
  clear(key: SettingKey): void;
};

export function createSettingRepository(db: Db): SettingRepository {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  return {
    get: (key) => select.get(key)?.value,
    clear: (key) => {
      remove.run(key);
    },
    set: (key, value) => {
      upsert.run(key, value);
    },
  };
}
