import type { Handlers } from '../../../shared/contract/dispatch';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { AttachmentRecord } from '../../../shared/domain/attachment';
import { closedForChanges } from '../../../shared/domain/visit-workflow';
import type { CoreDeps } from '../core-deps';
import { exportDocuments } from './attachment-export';
import { importAttachment } from './attachment-import';
import type { Attachment } from '../storage';
import { rotatedFile } from './attachment-rotation';
import { withTemporaryFile, type BlobStore } from './blob-store';
import { blocksCompletion, checkChecklistItem, checklistOf } from './checklist';
import { documentName } from './document-name';
import { supervisorApproval } from '../staff';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import { currentCatalogue } from '../catalogue';
import { OTHER_DOCUMENT } from '../../../shared/catalogue/documents';
import type { UploadSessions } from './upload-sessions';

// The checks admitted only these types, so the stored value is one of them.
const record = (attachment: { mediaType: string }): AttachmentRecord => attachment as AttachmentRecord;

/** Where exported documents go: the app asks with a folder dialog; null when the operator cancels. */
export type ExportFolderChooser = () => Promise<string | null>;

export function createAttachmentHandlers(deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'attachments' | 'audit' | 'catalogues' | 'now' | 'staff' | 'visits' | 'waivers'>, store: BlobStore, uploads: UploadSessions, chooseExportFolder?: ExportFolderChooser): Pick<Handlers, 'attachments.add' | 'attachments.export' | 'attachments.list' | 'attachments.read' | 'attachments.remove' | 'attachments.rotate' | 'attachments.waive' | 'uploads.begin' | 'uploads.chunk'> {
  const { applications, visits, attachments } = deps;
  let lastRead: { sha256: string; content: Buffer } | null = null;

  const requireApplication = (applicationId: string) => {
    const application = applications.findById(applicationId);
    if (!application) throw new ApiError('application.not_found');
    return application;
  };
  /** The application, refused once its visit has left the desk. */
  const openApplication = (applicationId: string) => {
    const application = requireApplication(applicationId);
    const status = visits.findById(application.visitId)?.status;
    if (status && closedForChanges.includes(status)) throw new ApiError('application.locked');
    return application;
  };
  const requireAttachment = (id: string) => {
    const attachment = attachments.findById(id);
    if (!attachment) throw new ApiError('attachment.not_found');
    return attachment;
  };

  return {
    'attachments.list': ({ applicationId }: ParsedInput<'attachments.list'>): MethodOutput<'attachments.list'> => {
      const attached = attachments.listFor(applicationId);
      const { entries, standard } = checklistOf(deps, requireApplication(applicationId), attached);
      return { attachments: attached.map(record), checklist: entries, standard };
    },

    'uploads.begin': ({ fileName, size }: ParsedInput<'uploads.begin'>): MethodOutput<'uploads.begin'> => uploads.begin(fileName, size),

    'uploads.chunk': ({ uploadId, offset, contentBase64 }: ParsedInput<'uploads.chunk'>): Promise<MethodOutput<'uploads.chunk'>> =>
      uploads.append(uploadId, offset, Buffer.from(contentBase64, 'base64')),

    'attachments.add': async ({ applicationId, checklistItem, label, uploadId }: ParsedInput<'attachments.add'>): Promise<MethodOutput<'attachments.add'>> => {
      openApplication(applicationId);
      checkChecklistItem(deps, applicationId, checklistItem, label ?? null);
      const attachment = await uploads.consume(uploadId, ({ path, fileName, documentId }) =>
        importAttachment(deps, store, attachments, { id: documentId, applicationId, checklistItem, label: checklistItem === OTHER_DOCUMENT ? (label ?? null) : null, fileName, filePath: path }),
      );
      return record(attachment);
    },

    'attachments.read': async ({ id, offset, length }: ParsedInput<'attachments.read'>): Promise<MethodOutput<'attachments.read'>> => {
      const attachment = requireAttachment(id);
      // A document is read in pieces, one after another: the last one unsealed serves the next.
      if (lastRead?.sha256 !== attachment.sha256) lastRead = { sha256: attachment.sha256, content: await store.read(attachment.sha256) };
      const piece = lastRead.content.subarray(offset, Math.min(offset + length, lastRead.content.length));
      return { contentBase64: piece.toString('base64'), size: attachment.size };
    },

    'attachments.rotate': async ({ id, page }: ParsedInput<'attachments.rotate'>): Promise<MethodOutput<'attachments.rotate'>> => {
      const attachment = requireAttachment(id);
      openApplication(attachment.applicationId);
      const rotated = await rotatedFile(attachment, await store.read(attachment.sha256), page);
      const version = await withTemporaryFile(store, rotated.bytes, (filePath) =>
        importAttachment(deps, store, attachments, {
          applicationId: attachment.applicationId,
          checklistItem: attachment.checklistItem,
          label: attachment.label,
          fileName: rotated.fileName,
          filePath,
          versionOf: attachment,
        }),
      );
      return record(version);
    },

    'attachments.remove': ({ id }: ParsedInput<'attachments.remove'>): MethodOutput<'attachments.remove'> => {
      const attachment = attachments.findById(id);
      if (!attachment) return { removed: false };
      openApplication(attachment.applicationId);
      // Only the rows go: a file may be another application's too, and is collected later.
      return { removed: deps.atomically(() => attachments.remove(id)) };
    },

    'attachments.waive': async ({ applicationId, item, reason, approval }: ParsedInput<'attachments.waive'>): Promise<MethodOutput<'attachments.waive'>> => {
      openApplication(applicationId);
      const caller = deps.staff.byLogin(deps.actor());
      // A supervisor at the desk waives as themself; for an operator, a supervisor approves in place.
      const waivedBy = caller?.role === 'supervisor' ? caller.login : approval ? await supervisorApproval(deps, approval.login, approval.secret) : null;
      if (!waivedBy) throw new ApiError('access.supervisor_only');
      return deps.atomically(() => {
        const application = openApplication(applicationId);
        const { entries } = checklistOf(deps, application);
        if (!entries.some((entry) => entry.item === item && blocksCompletion(entry))) throw new ApiError('attachment.not_required');
        const waiver = { reason, waivedBy, waivedAt: deps.now().toISOString() };
        deps.waivers.put(applicationId, item, waiver);
        return entries.map((entry) => (entry.item === item ? { ...entry, waiver } : entry));
      });
    },

    'attachments.export': async ({ applicationId }: ParsedInput<'attachments.export'>): Promise<MethodOutput<'attachments.export'>> => {
      requireApplication(applicationId);
      if (!chooseExportFolder) throw new ApiError('export.unavailable');
      const parent = await chooseExportFolder();
      if (!parent) return { outcome: 'cancelled' };
      const list = attachments.listFor(applicationId);
      // A share that went away, a full or read-only disk: the documents stay safe in the store.
      const service = serviceByCode(currentCatalogue(deps.catalogues), requireApplication(applicationId).fields.serviceCode ?? '');
      const nameOf = (attachment: Attachment) => documentName(attachment, service ?? { checklist: [] });
      const { folder } = await exportDocuments(parent, applicationId, list, (sha256) => store.read(sha256), nameOf, deps.now()).catch(() => {
        throw new ApiError('export.failed');
      });
      return { outcome: 'exported', folder, files: list.length };
    },
  };
}
