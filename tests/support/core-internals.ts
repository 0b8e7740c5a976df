import type { AttachmentImport } from '../../electron/core/attachments/attachment-import';
import { openCoreWithData, type Core, type CoreOptions } from '../../electron/core/core';
import type { LiveData } from '../../electron/core/live-data';
import type { Attachment } from '../../electron/core/storage/attachment-repository';
import type { SyncStep } from '../../electron/core/sync/sync-loop';

/*
 * What tests reach past the contract for: importing a file from a path as the main process does,
 * driving the sync loop to a known point, waiting for the scanner folder, the start-up health
 * check, the blob store. The product's `Core` has none of this; tests open their cores here,
 * keep the live data beside each, and reach it through these functions alone.
 */

const dataOf = new WeakMap<Core, LiveData>();

/** A core as the app opens it, with its live data kept for the functions below. */
export function openTestCore(options: CoreOptions): Core {
  const { core, data } = openCoreWithData(options);
  dataOf.set(core, data);
  return core;
}

function live(core: Core): LiveData {
  const data = dataOf.get(core);
  if (!data) throw new Error('This core was not opened with openTestCore: its data cannot be reached.');
  return data;
}

export function importAttachmentFile(core: Core, input: AttachmentImport): Promise<Attachment> {
  return live(core).current().attachments.import(input);
}

export function attachmentList(core: Core, applicationId: string): Attachment[] {
  return live(core).current().attachments.list(applicationId);
}

export function removeAttachment(core: Core, id: string): boolean {
  return live(core).current().attachments.remove(id);
}

/** Removes the stored files no attachment uses any more; answers how many went. */
export function collectBlobs(core: Core): number {
  return live(core).current().attachments.collect();
}

/** Where the blob store keeps (sealed) the file with this content hash. */
export function blobPath(core: Core, sha256: string): string {
  return live(core).current().attachments.blobPath(sha256);
}

/** Resolves after a whole sync pass begun after the call has succeeded; rejects on a failure that needs a person. */
export function drainSync(core: Core): Promise<void> {
  return live(core).current().sync.drain();
}

export function wakeSync(core: Core): void {
  live(core).current().sync.wakeUp();
}

/** Calls `listener` at each step the sync loop takes; answers the unsubscribe. */
export function subscribeSync(core: Core, listener: (step: SyncStep) => void): () => void {
  return live(core).current().sync.subscribe(listener);
}

/** Resolves when the scanner folder has dealt with every file it has seen. */
export function scannerIdle(core: Core): Promise<void> {
  return live(core).ifOpen()?.scannerIdle() ?? Promise.resolve();
}

/** The desk database's synchronous setting (2 is FULL, what every change is committed with). */
export function databaseSynchronous(core: Core): number {
  return live(core).current().db.pragma('synchronous', { simple: true }) as number;
}

/** What the integrity check at start found: a damaged database is neither opened nor written. */
export function databaseHealth(core: Core): 'ok' | 'missing' | 'damaged' {
  return live(core).health();
}
