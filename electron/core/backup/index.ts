/** What the backup feature offers the rest of the core; its other modules are its own. */
export { defaultBackupTiming, openBackups } from './backup-service';
export type { BackupTiming } from './backup-service';
export { createRestoreHandlers } from './restore-handlers';
