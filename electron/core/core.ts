import { join, resolve } from 'node:path';
import { createDispatcher, type Dispatch, type FailureLog, type Handlers } from '../../shared/contract/dispatch';
import { createApplicationHandlers } from './applications/application-handlers';
import { createCompletionHandlers } from './applications/application-completion';
import { createAttachmentHandlers, type ExportFolderChooser } from './attachments/attachment-handlers';
import { collectUnreferencedBlobs, importAttachment, type AttachmentImport } from './attachments/attachment-import';
import { openBlobStore, withTemporaryFile } from './attachments/blob-store';
import { createUploadSessions } from './attachments/upload-sessions';
import { createBookingHandlers } from './bookings/booking-handlers';
import { createCatalogueHandlers } from './catalogue/catalogue-handlers';
import type { CoreDeps } from './core-deps';
import { createPreferenceHandlers } from './preferences/preference-handlers';
import { openScanner } from './scanner/scanner-handlers';
import type { ScannerTiming } from './scanner/scanner-inbox';
import { createSearchHandlers } from './search/search-handlers';
import { createSignedScanHandlers, type SignedScan } from './statements/signed-scan-handlers';
import { createStatementHandlers, type StatementPrinter } from './statements/statement-handlers';
import { statementResources } from './statements/statement-resources';
import { createStatementPrintRepository } from './storage/statement-print-repository';
import { createApplicationRepository } from './storage/application-repository';
import { createAttachmentRepository, type Attachment } from './storage/attachment-repository';
import { createCatalogueRepository } from './storage/catalogue-repository';
import { createChecklistWaiverRepository } from './storage/checklist-waiver-repository';
import { atomicallyOn, DATABASE_FILE, openDatabase } from './storage/database';
import { createScannerInboxRepository } from './storage/scanner-inbox-repository';
import { createSettingRepository } from './storage/setting-repository';
import { asStorageFailure } from './storage/storage-failure';
import { createVisitEventRepository } from './storage/visit-event-repository';
import { createVisitRepository } from './storage/visit-repository';
import { createVisitSearchRepository } from './storage/visit-search-repository';
import { credentialFile, type SecretProtector } from './sync/device-credential';
import { createSyncHandlers } from './sync/sync-handlers';
import { createSyncLoop, defaultSyncTiming, type SyncLoop, type SyncTiming } from './sync/sync-loop';
import { createDecisionRepository } from './storage/decision-repository';
import { createOutboxRepository } from './storage/outbox-repository';
import { createVisitHandlers } from './visits/visit-handlers';

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
  now?: () => Date;
  logFailure?: FailureLog;
};

/** Attachments come from file paths (dialog, scanner folder): the main process calls these directly. */
export type CoreAttachments = {
  import(input: AttachmentImport): Promise<Attachment>;
  list(applicationId: string): Attachment[];
  remove(id: string): boolean;
  /** Removes blobs no attachment uses; returns how many. */
  collect(): number;
  blobPath(sha256: string): string;
};

export type CoreSync = Pick<SyncLoop, 'drain' | 'subscribe' | 'wakeUp'>;

export type Core = {
  dispatch: Dispatch;
  sync: CoreSync;
  attachments: CoreAttachments;
  /** Resolves when the scanner folder has dealt with every file it has seen. */
  scannerIdle(): Promise<void>;
  /** Stops the scanner folder and closes the database; the promise says when the watch has ended. */
  close(): Promise<void>;
};

function withStorageFailures(handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[method] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw asStorageFailure(error);
      }
    };
  }
  return wrapped as Handlers;
}

/** The composition root of everything that runs under plain Node: no Electron, no browser. */
export function openCore({
  dataDir,
  resourcesDir = resolve(import.meta.dirname, '../../resources'),
  printer,
  chooseExportFolder,
  scannerTiming,
  secretProtector,
  syncTiming,
  now = () => new Date(),
  logFailure,
}: CoreOptions): Core {
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const attachmentRows = createAttachmentRepository(db);
  const deps: CoreDeps = {
    visits: createVisitRepository(db),
    events: createVisitEventRepository(db),
    applications: createApplicationRepository(db),
    catalogues: createCatalogueRepository(db),
    attachments: attachmentRows,
    waivers: createChecklistWaiverRepository(db),
    outbox: createOutboxRepository(db),
    decisions: createDecisionRepository(db),
    search: createVisitSearchRepository(db),
    settings: createSettingRepository(db),
    atomically: atomicallyOn(db),
    now,
  };
  const prints = createStatementPrintRepository(db);
  const blobs = openBlobStore(join(dataDir, 'blobs'));
  const credential = credentialFile(join(dataDir, 'sync-credential'), secretProtector);
  const sync = createSyncLoop({
    deps,
    blobPath: (sha256) => blobs.pathOf(sha256),
    credential,
    timing: { ...defaultSyncTiming, ...syncTiming },
    logFailure: logFailure ? (code) => logFailure('sync', code) : undefined,
  });
  const scanner = openScanner(deps, blobs, createScannerInboxRepository(db), scannerTiming);
  const attachSignedScan = (applicationId: string, scan: SignedScan) =>
    withTemporaryFile(blobs, scan.bytes, (filePath) =>
      importAttachment(deps, blobs, attachmentRows, {
        applicationId,
        checklistItem: 'signed-statement',
        fileName: `signed-statement.${{ 'image/png': 'png', 'image/jpeg': 'jpg', 'image/tiff': 'tif', 'application/pdf': 'pdf' }[scan.mediaType]}`,
        filePath,
      }),
    );
  const handlers: Handlers = {
    ...createVisitHandlers(deps),
    ...createApplicationHandlers(deps),
    ...createBookingHandlers(deps),
    ...createCatalogueHandlers(deps),
    ...createSearchHandlers(deps),
    ...createStatementHandlers(deps, prints, statementResources(resourcesDir), printer, (id) => attachmentRows.listFor(id)),
    ...createSignedScanHandlers(deps, prints, attachSignedScan),
    ...createAttachmentHandlers(deps, blobs, createUploadSessions(blobs.temporaryFolder), chooseExportFolder),
    ...createCompletionHandlers(deps),
    ...scanner.handlers,
    ...createPreferenceHandlers(deps.settings),
    ...createSyncHandlers(deps, sync, credential),
  };
  sync.start();
  return {
    dispatch: createDispatcher(withStorageFailures(handlers), logFailure),
    attachments: {
      import: (input) => importAttachment(deps, blobs, attachmentRows, input),
      list: (applicationId) => attachmentRows.listFor(applicationId),
      remove: (id) => deps.atomically(() => attachmentRows.remove(id)),
      collect: () =>
        collectUnreferencedBlobs(blobs, (sha256) => attachmentRows.isReferenced(sha256) || scanner.holds(sha256), () => sync.state().connection === 'syncing'),
      blobPath: (sha256) => blobs.pathOf(sha256),
    },
    sync: { drain: () => sync.drain(), subscribe: (listener) => sync.subscribe(listener), wakeUp: () => sync.wakeUp() },
    scannerIdle: () => scanner.idle(),
    close: () => {
      // The watch stops taking files at once; what it had under way finds the database closed.
      const scannerStopped = scanner.close();
      // The sync loop stops between steps; the database closes after its last transaction.
      return Promise.all([scannerStopped, sync.close()]).then(() => {
        db.close();
      });
    },
  };
}
