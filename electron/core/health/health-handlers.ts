import type { Handlers } from '../../../shared/contract/dispatch';
import { APP_VERSION, type LiveData } from '../live-data';
import { settingFromDamaged } from '../storage/database-copy';

/**
 * What the first screen needs before anything else: whether the database opened, and where its
 * backups are, read from a damaged file if need be, so the restore page can offer them.
 */
export function createHealthHandlers(live: LiveData): Pick<Handlers, 'health.get'> {
  return {
    'health.get': () => {
      const data = live.ifOpen();
      return {
        database: live.health() === 'damaged' ? 'damaged' : 'ok',
        backupFolder: data ? (data.deps.settings.get('backup.folder') ?? null) : (settingFromDamaged(live.databaseFile, live.storeKey().key, 'backup.folder') ?? null),
        appVersion: APP_VERSION,
      };
    },
  };
}
