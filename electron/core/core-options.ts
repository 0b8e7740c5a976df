import type { ExportFolderChooser } from './attachments';
import type { BackupTiming } from './backup';
import type { FailureLog } from './dispatch';
import type { IntegrityTiming } from './health';
import type { RetentionTiming } from './retention';
import type { ScannerTiming } from './scanner';
import type { StatementPrinter } from './statements';
import type { SecretProtector } from './security';
import type { CentralFetch, SyncTiming } from './sync';
import type { HallScreen } from './hub-desk';
import type { TicketPrinter } from './tickets';

/** What the host (the Electron app or the browser harness) gives the core. */
export type CoreOptions = {
  /** The app's data folder: Electron passes `app.getPath('userData')`, the harness its --data. */
  dataDir: string;
  /** Fonts and templates; Electron passes the packaged app's copy. Defaults to the source tree's. */
  resourcesDir?: string;
  /** The workstation's printer; only the Electron app has one. */
  printer?: StatementPrinter;
  /** The reception's ticket printer (80 mm); only the Electron app has one. */
  ticketPrinter?: TicketPrinter;
  /** A second screen for the hall display; only the Electron app has one. */
  hallScreen?: HallScreen;
  /** Where exported documents go: the app's folder dialog, the harness's export folder. */
  chooseExportFolder?: ExportFolderChooser;
  /** How long the scanner folder waits for a file to be whole; tests shorten it. */
  scannerTiming?: ScannerTiming;
  /** Seals the sync credential: Electron's safeStorage in the app; absent, a 0600 file. */
  secretProtector?: SecretProtector;
  /**
   * How requests reach the central system: Electron passes `net.fetch` (the Windows certificate
   * store, proxies, the national CA); the harness and tests leave Node's fetch.
   */
  centralFetch?: CentralFetch;
  /** Sync pacing; tests shorten the waits. */
  syncTiming?: Partial<SyncTiming>;
  /** How often the backup schedule looks whether a backup is due; tests shorten it. */
  backupTiming?: Partial<BackupTiming>;
  /** When the full integrity check first runs after start, and how often after; tests shorten it. */
  integrityTiming?: Partial<IntegrityTiming>;
  /** How often the retention job looks for applications due for removal; tests shorten it. */
  retentionTiming?: Partial<RetentionTiming>;
  /** How often the core looks whether the desk's idle lock fell due; tests shorten it. */
  idleCheckMs?: number;
  /** Where the rotating log goes; `<data>/logs` unless told. */
  logDir?: string;
  now?: () => Date;
  logFailure?: FailureLog;
};

/** The options once defaults are settled. */
export type SettledOptions = CoreOptions & Required<Pick<CoreOptions, 'dataDir' | 'resourcesDir' | 'now'>>;
