/** What the attachments feature offers the rest of the core; its other modules are its own. */
export { claimApplicationSpace } from './application-space';
export { attachmentLimits, checkAttachmentName, inspectAttachment, refuse } from './attachment-checks';
export { createAttachmentHandlers } from './attachment-handlers';
export type { ExportFolderChooser } from './attachment-handlers';
export { collectUnreferencedBlobs, importAttachment, readAndStore, recordAttachment } from './attachment-import';
export type { AttachmentImport } from './attachment-import';
export { openBlobStore, withTemporaryFile } from './blob-store';
export type { BlobStore } from './blob-store';
export { checkChecklistItem, checklistOf, missingItems } from './checklist';
export { documentName } from './document-name';
export { checkedImageHeader } from './image-content';
export { openCheckedPdf } from './pdf-checks';
export { createUploadSessions } from './upload-sessions';
