import type { Handlers } from '../../../shared/contract/dispatch';
import { APP_VERSION } from '../app-version';

/** What the first screen asks before anything else, answered from open data or a damaged file. */
export type HealthSource = { damaged(): boolean; backupFolder(): string | null };

/**
 * Whether the database opened, and where its backups are (read from a damaged file if need be),
 * so the restore page can offer them.
 */
export function createHealthHandlers(source: HealthSource): Pick<Handlers, 'health.get'> {
  return {
    'health.get': () => ({ database: source.damaged() ? 'damaged' : 'ok', backupFolder: source.backupFolder(), appVersion: APP_VERSION }),
  };
}
