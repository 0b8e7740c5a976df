import { serviceByCode } from '../../../shared/catalogue/catalogue';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { AttachmentRecord } from '../../../shared/domain/attachment';
import { closedForChanges } from '../../../shared/domain/visit-workflow';
import { currentCatalogue } from '../catalogue/current-catalogue';
import type { CoreDeps } from '../core-deps';
import type { Attachment, AttachmentRepository } from '../storage/attachment-repository';
import { importAttachment } from './attachment-import';
import { withTemporaryFile, type BlobStore } from './blob-store';

// The checks admitted only these types, so the stored value is one of them.
const record = (attachment: Attachment): AttachmentRecord => attachment as AttachmentRecord;

export function createAttachmentHandlers(deps: CoreDeps, store: BlobStore, attachments: AttachmentRepository) {
  const { applications, visits, catalogues } = deps;

  /** The application, refused once its visit has left the desk. */
  const openApplication = (applicationId: string) => {
    const application = applications.findById(applicationId);
    if (!application) throw new ApiError('application.not_found');
    const status = visits.findById(application.visitId)?.status;
    if (status && closedForChanges.includes(status)) throw new ApiError('application.locked');
    return application;
  };

  return {
    'attachments.list': ({ applicationId }: ParsedInput<'attachments.list'>): MethodOutput<'attachments.list'> => {
      const application = applications.findById(applicationId);
      if (!application) throw new ApiError('application.not_found');
      const list = attachments.listFor(applicationId);
      const service = serviceByCode(currentCatalogue(catalogues), application.fields.serviceCode ?? '');
      return {
        attachments: list.map(record),
        checklist: (service?.requiredDocuments ?? []).map((item) => ({ item, covered: list.some((a) => a.checklistItem === item) })),
        standardListKnown: service?.standardListKnown ?? false,
      };
    },

    'attachments.add': async (input: ParsedInput<'attachments.add'>): Promise<MethodOutput<'attachments.add'>> => {
      openApplication(input.applicationId);
      const bytes = Buffer.from(input.contentBase64, 'base64');
      const attachment = await withTemporaryFile(store, bytes, (filePath) =>
        importAttachment(deps, store, attachments, { applicationId: input.applicationId, checklistItem: input.checklistItem, fileName: input.fileName, filePath }),
      );
      return record(attachment);
    },

    'attachments.remove': ({ id }: ParsedInput<'attachments.remove'>): MethodOutput<'attachments.remove'> => {
      const attachment = attachments.findById(id);
      if (!attachment) return { removed: false };
      openApplication(attachment.applicationId);
      // Only the row goes: the file may be another application's too, and is collected later.
      return { removed: deps.atomically(() => attachments.remove(id)) };
    },
  };
}
