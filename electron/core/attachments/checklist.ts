import { serviceByCode, type Service } from '../../../shared/catalogue/catalogue';
import { builtInItems, identityDocumentItem, OTHER_DOCUMENT, SIGNED_STATEMENT } from '../../../shared/catalogue/documents';
import type { ChecklistItem, StandardSource } from '../../../shared/catalogue/standard';
import { ApiError } from '../../../shared/contract/errors';
import type { ChecklistEntry } from '../../../shared/domain/attachment';
import type { Application } from '../../../shared/domain/application-record';
import { currentCatalogue } from '../catalogue';
import type { CoreDeps } from '../core-deps';
import type { Attachment } from '../storage';

/** The statement the citizen signed: required of every application, filed by its QR code. */
const signedStatementItem: ChecklistItem = {
  code: SIGNED_STATEMENT,
  name: builtInItems[SIGNED_STATEMENT],
  requirement: 'required',
  condition: null,
  provision: 'original-kept',
};

function serviceOf(deps: Pick<CoreDeps, 'catalogues'>, application: Application): Service | undefined {
  return serviceByCode(currentCatalogue(deps.catalogues), application.fields.serviceCode ?? '');
}

/** The service's items (only the identity document while no service is chosen), then the signed statement. */
function itemsOf(service: Service | undefined): ChecklistItem[] {
  return [...(service?.checklist ?? [identityDocumentItem]), signedStatementItem];
}

/** Whether an item stands between the application and "complete" until attached or waived. */
export const blocksCompletion = (item: Pick<ChecklistItem, 'requirement' | 'provision'>) =>
  item.requirement === 'required' && item.provision !== 'from-state-systems';

/** The application's checklist: each item of its service's standard, covered, waived, or not yet. */
export function checklistOf(
  deps: Pick<CoreDeps, 'catalogues' | 'waivers' | 'attachments'>,
  application: Application,
  attached: readonly Attachment[] = deps.attachments.listFor(application.id),
): { entries: ChecklistEntry[]; standard: StandardSource | null } {
  const service = serviceOf(deps, application);
  const waivers = deps.waivers.listFor(application.id);
  return {
    entries: itemsOf(service).map((item) => ({
      item: item.code,
      name: item.name,
      requirement: item.requirement,
      condition: item.condition,
      provision: item.provision,
      covered: attached.some((attachment) => attachment.checklistItem === item.code),
      waiver: waivers.get(item.code) ?? null,
    })),
    standard: service?.standard ?? null,
  };
}

/** What still stands between the application and "complete": required, not attached, not waived. */
export const missingItems = (entries: readonly ChecklistEntry[]): string[] =>
  entries.filter((entry) => blocksCompletion(entry) && !entry.covered && !entry.waiver).map((entry) => entry.item);

/**
 * A file is filed as an item of the application's checklist, or as "other" with the operator's
 * name for it: the statement and the receiving body read documents by these names.
 */
export function checkChecklistItem(deps: Pick<CoreDeps, 'catalogues' | 'applications'>, applicationId: string, item: string, label: string | null): void {
  const application = deps.applications.findById(applicationId);
  if (!application) throw new ApiError('application.not_found');
  if (item === OTHER_DOCUMENT) {
    if (!label || label.trim() === '') throw new ApiError('attachment.refused', [{ path: ['label'], message: 'validation.document_label_required' }]);
    return;
  }
  if (!itemsOf(serviceOf(deps, application)).some((candidate) => candidate.code === item)) {
    throw new ApiError('attachment.refused', [{ path: ['checklistItem'], message: 'validation.checklist_item_unknown' }]);
  }
}
