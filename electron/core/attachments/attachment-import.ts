import { open } from 'node:fs/promises';
import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../shared/contract/errors';
import type { CoreDeps } from '../core-deps';
import type { Attachment, AttachmentRepository } from '../storage';
import { claimApplicationSpace } from './application-space';
import { attachmentLimits, checkAttachmentName, inspectAttachment, readOpenedAttachment, refuse } from './attachment-checks';
import type { BlobStore, StoredBlob } from './blob-store';
import { checkChecklistItem } from './checklist';
import { borrowReadBuffer, returnReadBuffer } from './read-buffer';

export type AttachmentImport = {
  /** The document's id where it was minted before the import (an upload's); a new one otherwise. */
  id?: string;
  applicationId: string;
  checklistItem: string;
  /** Required for "other": what the operator calls the document. */
  label?: string | null;
  fileName: string;
  filePath: string;
  /** For a new version of a document (a rotation): the document's original. */
  versionOf?: Attachment;
};

/**
 * Attaches a file to an application: read once, checked by its content while that content is
 * sealed and written, placed in the store durably once it passes, and only then recorded. A refused
 * file leaves nothing behind; a crash leaves at most an unreferenced blob.
 */
export async function importAttachment(
  deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'catalogues' | 'now'>,
  store: BlobStore,
  attachments: AttachmentRepository,
  { id, applicationId, checklistItem, label = null, fileName, filePath, versionOf }: AttachmentImport,
): Promise<Attachment> {
  if (!deps.applications.findById(applicationId)) throw new ApiError('application.not_found');
  checkChecklistItem(deps, applicationId, checklistItem, label);
  checkAttachmentName(fileName);
  // Room in the application is claimed once the file passes its checks, and held until it is recorded.
  let release = (): void => {};
  try {
    const { blob, checked } = await readAndStore(store, filePath, (content) =>
      inspectAttachment(content).then((found) => {
        release = claimApplicationSpace(attachments, applicationId, content.length);
        return found;
      }),
    );
    const { mediaType, pageCount } = checked;
    return recordAttachment(deps, attachments, { id, applicationId, checklistItem, label, originalName: fileName, mediaType, pageCount, ...blob, versionOf });
  } finally {
    release();
  }
}

/**
 * Reads a file and stores it: sealed and written while `check` looks at the same content, and
 * placed in the store only if the check passes; nothing is left if it fails or the reading does.
 * The file is read once, into memory the sealing threads share, so what is sealed is byte for byte
 * what is checked. Its size and change time, the same once it is sealed as before it was read,
 * show that the file was whole and left alone meanwhile: a scanner still writing it is refused,
 * not half-stored (and the scanner folder does not remove a file whose end it never took).
 */
export async function readAndStore<T>(store: BlobStore, path: string, check: (content: Buffer) => Promise<T>): Promise<{ blob: StoredBlob; checked: T }> {
  const handle = await open(path, 'r');
  let lent: Buffer | null = null;
  try {
    const before = await handle.stat({ bigint: true });
    // Refused by its size before any memory is lent for it (a video dropped in the scanner folder).
    if (before.size > BigInt(attachmentLimits.fileBytes)) refuse('too_large');
    lent = borrowReadBuffer(Number(before.size));
    const content = await readOpenedAttachment(handle, lent);
    const unchanged = async () => {
      const after = await handle.stat({ bigint: true });
      const same = after.size === BigInt(content.length) && after.size === before.size && after.mtimeNs === before.mtimeNs && after.ctimeNs === before.ctimeNs;
      if (!same) refuse('changed');
    };
    // A file that grew or shrank while it was read is refused before anything is sealed.
    await unchanged();
    return await store.put(content, () => check(content), { unchanged });
  } finally {
    await handle.close();
    // Both the check and the sealing are over once `put` has settled: nothing reads it any more.
    if (lent) returnReadBuffer(lent);
  }
}

export type StoredFile = {
  id?: string | undefined;
  applicationId: string;
  checklistItem: string;
  label: string | null;
  originalName: string;
  mediaType: string;
  pageCount: number | null;
  sha256: string;
  size: number;
  versionOf?: Attachment | undefined;
};

/** The row for a file already durable in the store (just imported, or waiting in the scanner inbox). */
export function recordAttachment(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'now'>, attachments: AttachmentRepository, file: StoredFile): Attachment {
  const { versionOf, id = uuidv7(), ...stored } = file;
  return deps.atomically(() => {
    const attachment: Attachment = {
      id,
      ...stored,
      addedBy: deps.actor(),
      addedAt: deps.now().toISOString(),
      originalId: versionOf ? (versionOf.originalId ?? versionOf.id) : null,
      version: versionOf ? Math.max(...attachments.versionsOf(versionOf.id).map((v) => v.version)) + 1 : 1,
    };
    attachments.add(attachment);
    return attachment;
  });
}

/**
 * Removes files no attachment uses any more. Never while a sync runs: a batch being uploaded may
 * name a file whose attachment was just removed.
 */
export function collectUnreferencedBlobs(store: BlobStore, inUse: (sha256: string) => boolean, syncRunning: () => boolean): number {
  if (syncRunning()) return 0;
  let removed = 0;
  for (const sha256 of store.list()) {
    if (!inUse(sha256)) {
      store.remove(sha256);
      removed++;
    }
  }
  return removed;
}
