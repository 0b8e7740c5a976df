import { join } from 'node:path';
import type { Handlers } from '../../shared/contract/dispatch';
import { createApplicationHandlers, createCompletionHandlers } from './applications';
import { createAttachmentHandlers, collectUnreferencedBlobs, importAttachment, type AttachmentImport, openBlobStore, withTemporaryFile, createUploadSessions, type BlobStore } from './attachments';
import { createBookingHandlers } from './bookings';
import { createCatalogueHandlers } from './catalogue';
import type { CoreDeps } from './core-deps';
import { createPreferenceHandlers } from './preferences';
import { openScanner } from './scanner';
import { createSearchHandlers } from './search';
import { createSignedScanHandlers, type SignedScan, createStatementHandlers, signedScanFileName, statementResources } from './statements';
import { createAuditHandlers } from './audit';
import { createRetentionHandlers, defaultRetentionTiming, openRetention } from './retention';
import { createStatementPrintRepository, createApplicationRepository, createAttachmentRepository, type Attachment, createCatalogueRepository, createChecklistWaiverRepository, atomicallyOn, DATABASE_FILE, openDatabase, createScannerInboxRepository, createSettingRepository, createVisitEventRepository, createVisitRepository, createVisitSearchRepository, createDecisionRepository, createOutboxRepository, createOutboxResendRepository, createScanUploadRepository, createReportRepository, createAuditRepository, type Db, createStaffRepository, type StaffRepository, createRetentionRepository, type IntegrityResult, createHubLocalRepository } from './storage';
import { credentialFile, createSyncHandlers, createSyncLoop, defaultSyncTiming, type SyncLoop, outboxWithEvents } from './sync';
import { createVisitHandlers } from './visits';
import { createCentreCopy, createHandoverRunner, createHubDayClose, createHubDeskHandlers, createHubFiguresHandlers, createLocalDesk, openHubDeskLink } from './hub-desk';

import { openBackups, defaultBackupTiming } from './backup';
import type { SettledOptions } from './core-options';
import { createSettingsHandlers, deskIdOf } from './settings';
import { createReportHandlers } from './reports';
import type { AppLog } from './logging';
import { createStaffHandlers } from './staff';
import type { StoreKey } from './security';
import type { EventBus } from './events';
import { inboxWithEvents } from './scanner';

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
 * Opens the workstation's database (which must have passed the check at start), scan store,
 * scanner watch, sync loop and backup schedule, and builds every handler on them.
 */
export function openDeskData(
  {
    dataDir,
    resourcesDir,
    printer,
    ticketPrinter,
    hallScreen,
    chooseExportFolder,
    scannerTiming,
    secretProtector,
    centralFetch,
    syncTiming,
    backupTiming,
    retentionTiming,
    now,
  }: SettledOptions,
  log: AppLog,
  /** Who is signed in at the desk, kept by the core's session across restores. */
  signedIn: () => string | null,
  storeKey: StoreKey,
  /** Where the data's own events go: sync steps, feed pages, scanner files. */
  events: EventBus,
  /** The full integrity check of this database, which a backup runs first. */
  checkIntegrity: () => Promise<IntegrityResult>,
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
    outbox: outboxWithEvents(createOutboxRepository(db), () => events.emit({ event: 'sync.changed', payload: {} })),
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
    resends: createOutboxResendRepository(db),
    uploads: createScanUploadRepository(db),
    fetch: centralFetch,
    logFailure: (code) => log.warn('sync.failed', { code }),
    logHeldBack: (why) => log.warn('sync.held_back', why),
  });
  const inbox = inboxWithEvents(createScannerInboxRepository(db), () => events.emit({ event: 'scanner.changed', payload: {} }));
  const scanner = openScanner(deps, blobs, inbox, scannerTiming);
  const backups = openBackups(deps, db, blobs, storeKey, { ...defaultBackupTiming, ...backupTiming }, checkIntegrity);
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
  // The pairing is sealed like the sync credential; the hub's events reach the renderer as nudges.
  const hubChanged = () => events.emit({ event: 'hub.changed', payload: {} });
  // What the desk does while the hub is away waits in its own table; each return of the hub hands it over.
  let handover: ReturnType<typeof createHandoverRunner> | null = null;
  const hub = openHubDeskLink({
    pairingPath: join(dataDir, 'hub-pairing'),
    protector: secretProtector,
    changed: () => {
      hubChanged();
      handover?.nudge();
    },
  });
  const localTickets = createHubLocalRepository(db);
  handover = createHandoverRunner(deps, localTickets, hub, hubChanged);
  const windowOrDesk = () => deps.settings.get('hub.windowId') ?? `desk${deskIdOf(settings)}`;
  const centreCopy = createCentreCopy(settings, hub);
  const localDesk = createLocalDesk(deps, localTickets, centreCopy, windowOrDesk);
  const visitHandlers = createVisitHandlers(deps);
  const handlers = {
    ...visitHandlers,
    ...createHubDayClose(deps, hub, handover, visitHandlers['visits.closeDay']),
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
    ...createSyncHandlers(deps, sync, credential, storeKey.key, centralFetch),
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
    ...createHubDeskHandlers(deps, hub, resources, ticketPrinter, { desk: localDesk, tickets: localTickets, handover, centre: centreCopy, prefixSource: windowOrDesk }, hallScreen),
    ...createHubFiguresHandlers(hub),
  } satisfies Omit<Handlers, OuterMethod>;
  sync.subscribe((step) => {
    events.emit({ event: 'sync.changed', payload: {} });
    if (step.applied) events.emit({ event: 'feed.applied', payload: step.applied });
  });
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
      return Promise.all([scannerStopped, sync.close(), backups.close(), sealing, handover.close().then(() => hub.close())]).then(() => {
        db.close();
        // A restore or a new data folder opens a new store: this one's threads end with it.
        return blobs.close();
      });
    },
  };
}
