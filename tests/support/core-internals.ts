import type { AttachmentImport } from '../../electron/core/attachments/attachment-import';
import type { Core } from '../../electron/core/core';
import type { Attachment } from '../../electron/core/storage/attachment-repository';
import type { SyncStep } from '../../electron/core/sync/sync-loop';

/*
 * What tests reach past the contract for: importing a file from a path as the main process does,
 * driving the sync loop to a known point, waiting for the scanner folder, the start-up health
 * check, the blob store. `Core` is losing these test-only members; this is the one file that
 * then changes, so tests and benches must not call them on a core directly.
 */

export function importAttachmentFile(core: Core, input: AttachmentImport): Promise<Attachment> {
  return core.attachments.import(input);
}

export function attachmentList(core: Core, applicationId: string): Attachment[] {
  return core.attachments.list(applicationId);
}

export function removeAttachment(core: Core, id: string): boolean {
  return core.attachments.remove(id);
}

/** Removes the stored files no attachment uses any more; answers how many went. */
export function collectBlobs(core: Core): number {
  return core.attachments.collect();
}

/** Where the blob store keeps (sealed) the file with this content hash. */
export function blobPath(core: Core, sha256: string): string {
  return core.attachments.blobPath(sha256);
}

/** Resolves after a whole sync pass begun after the call has succeeded; rejects on a failure that needs a person. */
export function drainSync(core: Core): Promise<void> {
  return core.sync.drain();
}

export function wakeSync(core: Core): void {
  core.sync.wakeUp();
}

/** Calls `listener` at each step the sync loop takes; answers the unsubscribe. */
export function subscribeSync(core: Core, listener: (step: SyncStep) => void): () => void {
  return core.sync.subscribe(listener);
}

/** Resolves when the scanner folder has dealt with every file it has seen. */
export function scannerIdle(core: Core): Promise<void> {
  return core.scannerIdle();
}

/** What the integrity check at start found: a damaged database is neither opened nor written. */
export function databaseHealth(core: Core): 'ok' | 'missing' | 'damaged' {
  return core.health();
}
