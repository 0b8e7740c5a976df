import { serviceByCode } from '../../../shared/catalogue/catalogue';
import type { ChecklistEntry } from '../../../shared/domain/attachment';
import type { Application } from '../../../shared/domain/application-record';
import { currentCatalogue } from '../catalogue/current-catalogue';
import type { CoreDeps } from '../core-deps';
import type { Attachment } from '../storage/attachment-repository';

/** The service's required documents for this application: each covered, waived, or missing. */
export function checklistOf(
  deps: CoreDeps,
  application: Application,
  attached: readonly Attachment[] = deps.attachments.listFor(application.id),
): { entries: ChecklistEntry[]; standardListKnown: boolean } {
  const service = serviceByCode(currentCatalogue(deps.catalogues), application.fields.serviceCode ?? '');
  const waivers = deps.waivers.listFor(application.id);
  return {
    entries: (service?.requiredDocuments ?? []).map((item) => ({
      item,
      covered: attached.some((attachment) => attachment.checklistItem === item),
      waiver: waivers.get(item) ?? null,
    })),
    standardListKnown: service?.standardListKnown ?? false,
  };
}

/** What still stands between the application and "complete": required, not attached, not waived. */
export const missingItems = (entries: readonly ChecklistEntry[]): string[] => entries.filter((entry) => !entry.covered && !entry.waiver).map((entry) => entry.item);
