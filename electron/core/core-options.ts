import type { ExportFolderChooser } from './attachments/attachment-handlers';
import type { BackupTiming } from './backup/backup-service';
import type { FailureLog } from './dispatch/error-mapping';
import type { RetentionTiming } from './retention/retention-job';
import type { ScannerTiming } from './scanner/scanner-inbox';
import type { StatementPrinter } from './statements/statement-handlers';
import type { SecretProtector } from './sync/device-credential';
import type { SyncTiming } from './sync/sync-loop';

/** What the host (the Electron app or the browser harness) gives the core. */
export type CoreOptions = {
  /** The app's data folder: Electron passes `app.getPath('userData')`, the harness its --data. */
  dataDir: string;
  /** Fonts and templates; Electron passes the packaged app's copy. Defaults to the source tree's. */
  resourcesDir?: string;
  /** The workstation's printer; only the Electron app has one. */
  printer?: StatementPrinter;
  /** Where exported documents go: the app's folder dialog, the harness's export folder. */
  chooseExportFolder?: ExportFolderChooser;
  /** How long the scanner folder waits for a file to be whole; tests shorten it. */
  scannerTiming?: ScannerTiming;
  /** Seals the sync credential: Electron's safeStorage in the app; absent, a 0600 file. */
  secretProtector?: SecretProtector;
  /** Sync pacing; tests shorten the waits. */
  syncTiming?: Partial<SyncTiming>;
  /** How often the backup schedule looks whether a backup is due; tests shorten it. */
  backupTiming?: Partial<BackupTiming>;
  /** How often the retention job looks for applications due for removal; tests shorten it. */
  retentionTiming?: Partial<RetentionTiming>;
  /** Where the rotating log goes; `<data>/logs` unless told. */
  logDir?: string;
  now?: () => Date;
  logFailure?: FailureLog;
};

/** The options once defaults are settled. */
export type SettledOptions = CoreOptions & Required<Pick<CoreOptions, 'dataDir' | 'resourcesDir' | 'now'>>;
