import { statSync } from 'node:fs';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { OTHER_DOCUMENT } from '../../../shared/catalogue/documents';
import { checkChecklistItem, claimApplicationSpace, recordAttachment, type BlobStore } from '../attachments';
import { ApiError } from '../../../shared/contract/errors';
import type { AttachmentRecord } from '../../../shared/domain/attachment';
import type { InboxFileRecord } from '../../../shared/domain/scanner-inbox';
import { closedForChanges } from '../../../shared/domain/visit-workflow';
import type { CoreDeps } from '../core-deps';
import type { InboxFile, ScannerInboxRepository } from '../storage';
import { watchScannerFolder, type ScannerTiming, type ScannerWatch } from './scanner-inbox';

const asRecord = ({ id, originalName, foundAt, mediaType, size, pageCount, refusedRule }: InboxFile): InboxFileRecord => ({
  id,
  originalName,
  foundAt,
  mediaType: mediaType as InboxFileRecord['mediaType'],
  size,
  pageCount,
  refusedRule,
});

export type ScannerService = {
  handlers: ReturnType<typeof handlersFor>;
  /** Whether a waiting inbox file still needs this blob. */
  holds(sha256: string): boolean;
  idle(): Promise<void>;
  close(): Promise<void>;
};

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

function handlersFor(deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'attachments' | 'catalogues' | 'now' | 'settings' | 'visits'>, inbox: ScannerInboxRepository, restart: (folder: string | null) => void) {
  const listing = (): MethodOutput<'scanner.inbox'> => ({ folder: deps.settings.get('scanner.folder') ?? null, files: inbox.listOpen().map(asRecord) });
  return {
    'scanner.inbox': (_input: ParsedInput<'scanner.inbox'>) => listing(),
    'scanner.setFolder': ({ folder }: ParsedInput<'scanner.setFolder'>) => {
      if (folder !== null && !isFolder(folder)) throw new ApiError('scanner.folder_unavailable');
      if (folder === null) deps.settings.clear('scanner.folder');
      else deps.settings.set('scanner.folder', folder);
      restart(folder);
      return listing();
    },
    'scanner.assign': ({ inboxId, applicationId, checklistItem, label }: ParsedInput<'scanner.assign'>): MethodOutput<'scanner.assign'> =>
      deps.atomically(() => {
        const file = inbox.findById(inboxId);
        if (!file || file.state !== 'waiting' || !file.sha256 || !file.mediaType || !file.size) throw new ApiError('scanner.not_found');
        const application = deps.applications.findById(applicationId);
        if (!application) throw new ApiError('application.not_found');
        const status = deps.visits.findById(application.visitId)?.status;
        if (status && closedForChanges.includes(status)) throw new ApiError('application.locked');
        // Counted with the scans other imports are storing for the application at this moment.
        const release = claimApplicationSpace(deps.attachments, applicationId, file.size);
        try {
          checkChecklistItem(deps, applicationId, checklistItem, label ?? null);
          const attachment = recordAttachment(deps, deps.attachments, {
            applicationId,
            checklistItem,
            label: checklistItem === OTHER_DOCUMENT ? (label ?? null) : null,
            originalName: file.originalName,
            mediaType: file.mediaType,
            pageCount: file.pageCount,
            sha256: file.sha256,
            size: file.size,
          });
          inbox.settle(inboxId, 'assigned', attachment.id);
          return attachment as AttachmentRecord;
        } finally {
          release();
        }
      }),
    // A discarded file's stored copy is collected with other unused files; a refused one had none.
    'scanner.discard': ({ inboxId }: ParsedInput<'scanner.discard'>) => ({ discarded: deps.atomically(() => inbox.settle(inboxId, 'discarded', null)) }),
  };
}

/** The scanner folder named in the settings, watched while the core is open. */
export function openScanner(deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'attachments' | 'catalogues' | 'now' | 'settings' | 'visits'>, store: BlobStore, inbox: ScannerInboxRepository, timing?: ScannerTiming): ScannerService {
  let watch: ScannerWatch | null = null;
  let stopping: Promise<void> = Promise.resolve();
  const restart = (folder: string | null) => {
    const previous = watch;
    watch = null;
    stopping = stopping.then(() => previous?.close());
    if (folder && isFolder(folder)) watch = watchScannerFolder(folder, store, inbox, deps.now, timing);
  };
  restart(deps.settings.get('scanner.folder') ?? null);
  return {
    handlers: handlersFor(deps, inbox, restart),
    holds: (sha256) => inbox.holds(sha256),
    idle: async () => {
      await stopping;
      await watch?.idle();
    },
    close: async () => {
      await stopping;
      await watch?.close();
      watch = null;
    },
  };
}
