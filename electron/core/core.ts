import { join, resolve } from 'node:path';
import { createDispatcher, type Dispatch, type FailureLog, type Handlers } from '../../shared/contract/dispatch';
import { createApplicationHandlers } from './applications/application-handlers';
import { createAttachmentHandlers } from './attachments/attachment-handlers';
import { collectUnreferencedBlobs, importAttachment, type AttachmentImport } from './attachments/attachment-import';
import { openBlobStore, withTemporaryFile } from './attachments/blob-store';
import { createBookingHandlers } from './bookings/booking-handlers';
import { createCatalogueHandlers } from './catalogue/catalogue-handlers';
import type { CoreDeps } from './core-deps';
import { createPreferenceHandlers } from './preferences/preference-handlers';
import { createSearchHandlers } from './search/search-handlers';
import { createSignedScanHandlers, type SignedScan } from './statements/signed-scan-handlers';
import { createStatementHandlers, type StatementPrinter } from './statements/statement-handlers';
import { statementResources } from './statements/statement-resources';
import { createStatementPrintRepository } from './storage/statement-print-repository';
import { createApplicationRepository } from './storage/application-repository';
import { createAttachmentRepository, type Attachment } from './storage/attachment-repository';
import { createCatalogueRepository } from './storage/catalogue-repository';
import { atomicallyOn, DATABASE_FILE, openDatabase } from './storage/database';
import { createSettingRepository } from './storage/setting-repository';
import { asStorageFailure } from './storage/storage-failure';
import { createVisitEventRepository } from './storage/visit-event-repository';
import { createVisitRepository } from './storage/visit-repository';
import { createVisitSearchRepository } from './storage/visit-search-repository';
import { createVisitHandlers } from './visits/visit-handlers';

export type CoreOptions = {
  /** The app's data folder: Electron passes `app.getPath('userData')`, the harness its --data. */
  dataDir: string;
  /** Fonts and templates; Electron passes the packaged app's copy. Defaults to the source tree's. */
  resourcesDir?: string;
  /** The workstation's printer; only the Electron app has one. */
  printer?: StatementPrinter;
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

export type Core = { dispatch: Dispatch; attachments: CoreAttachments; close(): void };

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
export function openCore({ dataDir, resourcesDir = resolve(import.meta.dirname, '../../resources'), printer, now = () => new Date(), logFailure }: CoreOptions): Core {
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const deps: CoreDeps = {
    visits: createVisitRepository(db),
    events: createVisitEventRepository(db),
    applications: createApplicationRepository(db),
    catalogues: createCatalogueRepository(db),
    search: createVisitSearchRepository(db),
    settings: createSettingRepository(db),
    atomically: atomicallyOn(db),
    now,
  };
  const prints = createStatementPrintRepository(db);
  const blobs = openBlobStore(join(dataDir, 'blobs'));
  const attachmentRows = createAttachmentRepository(db);
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
    ...createAttachmentHandlers(deps, blobs, attachmentRows),
    ...createPreferenceHandlers(deps.settings),
  };
  return {
    dispatch: createDispatcher(withStorageFailures(handlers), logFailure),
    attachments: {
      import: (input) => importAttachment(deps, blobs, attachmentRows, input),
      list: (applicationId) => attachmentRows.listFor(applicationId),
      remove: (id) => deps.atomically(() => attachmentRows.remove(id)),
      // No sync client yet (issue 6); it will tell collection to wait while it runs.
      collect: () => collectUnreferencedBlobs(blobs, attachmentRows, () => false),
      blobPath: (sha256) => blobs.pathOf(sha256),
    },
    close: () => db.close(),
  };
}
