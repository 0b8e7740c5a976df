import { join } from 'node:path';
import type { Handlers } from '../../shared/contract/dispatch';
import { createApplicationHandlers } from './applications/application-handlers';
import { createCompletionHandlers } from './applications/application-completion';
import { createAttachmentHandlers } from './attachments/attachment-handlers';
import { collectUnreferencedBlobs, importAttachment, type AttachmentImport } from './attachments/attachment-import';
import { openBlobStore, withTemporaryFile } from './attachments/blob-store';
import { createUploadSessions } from './attachments/upload-sessions';
import { createBookingHandlers } from './bookings/booking-handlers';
import { createCatalogueHandlers } from './catalogue/catalogue-handlers';
import type { CoreDeps } from './core-deps';
import { createPreferenceHandlers } from './preferences/preference-handlers';
import { openScanner } from './scanner/scanner-handlers';
import { createSearchHandlers } from './search/search-handlers';
import { createSignedScanHandlers, type SignedScan } from './statements/signed-scan-handlers';
import { createStatementHandlers } from './statements/statement-handlers';
import { signedScanFileName } from './statements/signed-scan-file';
import { createAuditHandlers } from './audit/audit-handlers';
import { createRetentionHandlers } from './retention/retention-handlers';
import { statementResources } from './statements/statement-resources';
import { createStatementPrintRepository } from './storage/statement-print-repository';
import { createApplicationRepository } from './storage/application-repository';
import { createAttachmentRepository, type Attachment } from './storage/attachment-repository';
import { createCatalogueRepository } from './storage/catalogue-repository';
import { createChecklistWaiverRepository } from './storage/checklist-waiver-repository';
import { atomicallyOn, DATABASE_FILE, openDatabase } from './storage/database';
import { createScannerInboxRepository } from './storage/scanner-inbox-repository';
import { createSettingRepository } from './storage/setting-repository';
import { createVisitEventRepository } from './storage/visit-event-repository';
import { createVisitRepository } from './storage/visit-repository';
import { createVisitSearchRepository } from './storage/visit-search-repository';
import { credentialFile } from './sync/device-credential';
import { createSyncHandlers } from './sync/sync-handlers';
import { createSyncLoop, defaultSyncTiming, type SyncLoop } from './sync/sync-loop';
import { createDecisionRepository } from './storage/decision-repository';
import { createOutboxRepository } from './storage/outbox-repository';
import { createVisitHandlers } from './visits/visit-handlers';

import { openBackups } from './backup/backup-service';
import type { SettledOptions } from './core-options';
import { createSettingsHandlers } from './settings/settings-handlers';
import { createReportHandlers } from './reports/report-handlers';
import { createReportRepository } from './storage/report-repository';
import { createAuditRepository } from './storage/audit-repository';
import { defaultBackupTiming } from './backup/backup-service';
import type { Db } from './storage/database';
import type { BlobStore } from './attachments/blob-store';
import type { AppLog } from './logging/app-log';
import { createStaffHandlers } from './staff/staff-handlers';
import { createStaffRepository, type StaffRepository } from './storage/staff-repository';
import { deskIdOf } from './settings/desk-id';
import type { StoreKey } from './security/store-key';
import { defaultRetentionTiming, openRetention } from './retention/retention-job';
import { createRetentionRepository } from './storage/retention-repository';

/** Methods the outer core answers itself, damaged database or not. */
export type OuterMethod =
  | 'health.get'
  | 'backups.list'
  | 'backups.restore'
  | 'diagnostics.collect'
  | 'session.get'
  | 'session.signIn'
  | 'session.signOut'
  | 'session.lock'
  | 'session.touch'
  | 'staff.createFirstSupervisor'
  | 'security.recoveryKey';

/** Attachments from file paths, for what reads files (dialog, scanner folder, benchmarks). */
export type CoreAttachments = {
  import(input: AttachmentImport): Promise<Attachment>;
  list(applicationId: string): Attachment[];
  remove(id: string): boolean;
  /** Removes blobs no attachment uses; returns how many. */
  collect(): number;
  blobPath(sha256: string): string;
};

export type CoreSync = Pick<SyncLoop, 'drain' | 'subscribe' | 'wakeUp'>;

/** The desk's data opened for work: every handler but the outer core's own. */
export type DeskData = {
  handlers: Omit<Handlers, OuterMethod>;
  db: Db;
  deps: CoreDeps;
  staff: StaffRepository;
  blobs: BlobStore;
  attachments: CoreAttachments;
  sync: CoreSync;
  scannerIdle(): Promise<void>;
  /** Whether a backup is being written (a restore waits for none). */
  backupRunning(): boolean;
  close(): Promise<void>;
};

/**
 * Opens the workstation's database (which must have passed its integrity check), scan store,
 * scanner watch, sync loop and backup schedule, and builds every handler on them.
 */
export function openDeskData(
  {
    dataDir,
    resourcesDir,
    printer,
    chooseExportFolder,
    scannerTiming,
    secretProtector,
    syncTiming,
    backupTiming,
    retentionTiming,
    now,
  }: SettledOptions,
  log: AppLog,
  /** Who is signed in at the desk, kept by the core's session across restores. */
  signedIn: () => string | null,
  storeKey: StoreKey,
): DeskData {
  const db = openDatabase(join(dataDir, DATABASE_FILE), undefined, storeKey.key);
  const attachmentRows = createAttachmentRepository(db);
  const settings = createSettingRepository(db);
  const staff = createStaffRepository(db);
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
    settings,
    audit: createAuditRepository(db),
    staff,
    atomically: atomicallyOn(db),
    now,
    actor: () => signedIn() ?? `desk:${deskIdOf(settings)}`,
  };
  const prints = createStatementPrintRepository(db);
  const blobs = openBlobStore(join(dataDir, 'blobs'), storeKey.key);
  // Scans the previous release stored in clear are sealed in the background, in the first start
  // that finishes the pass; later starts do not look through the store again.
  const sealing =
    settings.get('security.blobsSealed') === '1'
      ? Promise.resolve()
      : blobs.sealLegacy().then(
          (count) => {
            settings.set('security.blobsSealed', '1');
            if (count > 0) log.info('blobs.sealed', { count });
          },
          (error: unknown) => log.warn('blobs.seal_failed', { detail: error instanceof Error ? error.name : 'unknown' }),
        );
  const credential = credentialFile(join(dataDir, 'sync-credential'), secretProtector);
  const sync = createSyncLoop({
    deps,
    blobContent: (sha256) => blobs.read(sha256),
    credential,
    timing: { ...defaultSyncTiming, ...syncTiming },
    logFailure: (code) => log.warn('sync.failed', { code }),
  });
  const scanner = openScanner(deps, blobs, createScannerInboxRepository(db), scannerTiming);
  const backups = openBackups(deps, db, blobs, storeKey, { ...defaultBackupTiming, ...backupTiming });
  // A scan is in use while an attachment names it or the scanner inbox holds it.
  const blobInUse = (sha256: string) => attachmentRows.isReferenced(sha256) || scanner.holds(sha256);
  const retention = openRetention(deps, createRetentionRepository(db), blobs, blobInUse, { ...defaultRetentionTiming, ...retentionTiming });
  const resources = statementResources(resourcesDir);
  const attachSignedScan = (applicationId: string, scan: SignedScan) =>
    withTemporaryFile(blobs, scan.bytes, (filePath) =>
      importAttachment(deps, blobs, attachmentRows, {
        applicationId,
        checklistItem: 'signed-statement',
        fileName: signedScanFileName(scan),
        filePath,
      }),
    );
  const handlers = {
    ...createVisitHandlers(deps),
    ...createApplicationHandlers(deps),
    ...createBookingHandlers(deps),
    ...createCatalogueHandlers(deps),
    ...createSearchHandlers(deps),
    ...createStatementHandlers(deps, prints, resources, printer, (id) => attachmentRows.listFor(id)),
    ...createSignedScanHandlers(deps, prints, attachSignedScan),
    ...createAttachmentHandlers(deps, blobs, createUploadSessions(blobs.temporaryFolder), chooseExportFolder),
    ...createCompletionHandlers(deps),
    ...scanner.handlers,
    ...createPreferenceHandlers(deps),
    ...createSyncHandlers(deps, sync, credential),
    ...createReportHandlers(deps, createReportRepository(db), resources, printer),
    ...createSettingsHandlers(deps, {
      setScannerFolder: (folder) => {
        scanner.handlers['scanner.setFolder']({ folder });
      },
      listPrinters: () => printer?.list?.() ?? Promise.resolve([]),
    }),
    ...backups.handlers,
    ...createStaffHandlers(deps, staff),
    ...createAuditHandlers(deps),
    ...createRetentionHandlers(retention),
  } satisfies Omit<Handlers, OuterMethod>;
  sync.start();
  return {
    handlers,
    db,
    deps,
    staff,
    blobs,
    attachments: {
      import: (input) => importAttachment(deps, blobs, attachmentRows, input),
      list: (applicationId) => attachmentRows.listFor(applicationId),
      remove: (id) => deps.atomically(() => attachmentRows.remove(id)),
      collect: () =>
        collectUnreferencedBlobs(
          blobs,
          blobInUse,
          // A backup copies the scans its database copy names: none may vanish meanwhile.
          () => sync.state().connection === 'syncing' || backups.running(),
        ),
      blobPath: (sha256) => blobs.pathOf(sha256),
    },
    sync: { drain: () => sync.drain(), subscribe: (listener) => sync.subscribe(listener), wakeUp: () => sync.wakeUp() },
    scannerIdle: () => scanner.idle(),
    backupRunning: () => backups.running(),
    close: () => {
      // The watch stops taking files at once; what it had under way finds the database closed.
      const scannerStopped = scanner.close();
      retention.close();
      // The sync loop stops between steps; the database closes after its last transaction.
      return Promise.all([scannerStopped, sync.close(), backups.close(), sealing]).then(() => {
        db.close();
      });
    },
  };
}
