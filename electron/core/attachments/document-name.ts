import type { Service } from '../../../shared/catalogue/catalogue';
import { builtInItems, OTHER_DOCUMENT, SIGNED_STATEMENT } from '../../../shared/catalogue/documents';
import type { Localized } from '../../../shared/catalogue/localized';
import type { Attachment } from '../storage';

/**
 * What a document is called wherever it leaves the desk (statement, export manifest, sync): its
 * checklist name from the service's standard, the operator's name for "other". Never the scan's
 * file name: the receiving body reads documents by what they are, not by what a scanner named them.
 */
export function documentName(attachment: Pick<Attachment, 'checklistItem' | 'label'>, service: Pick<Service, 'checklist'>): Localized {
  const item = service.checklist.find((candidate) => candidate.code === attachment.checklistItem);
  if (item) return item.name;
  if (attachment.checklistItem === OTHER_DOCUMENT && attachment.label) return { kk: attachment.label, ru: attachment.label, en: attachment.label };
  if (attachment.checklistItem === SIGNED_STATEMENT) return builtInItems[SIGNED_STATEMENT];
  // An item a newer catalogue dropped keeps its code rather than a file name.
  return { kk: attachment.checklistItem, ru: attachment.checklistItem, en: attachment.checklistItem };
}
