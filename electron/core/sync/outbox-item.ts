import type { Application } from '../../../shared/domain/application-record';
import type { Visit } from '../../../shared/domain/visit';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import { documentName } from '../attachments';
import { currentCatalogue } from '../catalogue';
import type { CoreDeps } from '../core-deps';

/**
 * Queues a completed application for sending, inside the caller's transaction: the item is a
 * snapshot of the application, its current documents and its waivers as they are now, shaped as
 * the protocol's ApplicationItem (docs/sync-openapi.json). Bytes count each file once, as sent.
 */
export function queueForSending(deps: Pick<CoreDeps, 'attachments' | 'catalogues' | 'now' | 'outbox' | 'waivers'>, application: Application, visit: Visit): number {
  const attachments = deps.attachments.listFor(application.id);
  const service = serviceByCode(currentCatalogue(deps.catalogues), application.fields.serviceCode ?? '');
  const names = service ? attachments.map((attachment) => documentName(attachment, service)) : attachments.map((a) => ({ kk: a.checklistItem, ru: a.checklistItem }));
  const waivers = [...deps.waivers.listFor(application.id)].map(([item, waiver]) => ({ item, ...waiver }));
  const item = {
    id: application.id,
    visitId: visit.id,
    bookingCode: visit.bookingCode,
    finishedAt: application.finishedAt ?? application.updatedAt,
    fields: application.fields,
    birthDate: application.birthDate,
    sex: application.sex,
    receiverOverridden: application.receiverOverridden,
    documents: attachments.map((attachment, index) => ({
      id: attachment.id,
      checklistItem: attachment.checklistItem,
      label: attachment.label,
      documentName: { kk: names[index]!.kk, ru: names[index]!.ru },
      sha256: attachment.sha256,
      size: attachment.size,
      mediaType: attachment.mediaType,
      fileName: attachment.originalName,
      pageCount: attachment.pageCount,
      version: attachment.version,
    })),
    waivers,
  };
  const blobBytes = [...new Map(attachments.map((attachment) => [attachment.sha256, attachment.size])).values()].reduce((sum, size) => sum + size, 0);
  return deps.outbox.enqueue({
    applicationId: application.id,
    visitId: visit.id,
    payload: (version) => JSON.stringify({ ...item, version }),
    bytes: blobBytes,
    at: deps.now().toISOString(),
  });
}
