import type { AuditRepository } from './storage/audit-repository';
import type { ApplicationRepository } from './storage/application-repository';
import type { AttachmentRepository } from './storage/attachment-repository';
import type { CatalogueRepository } from './storage/catalogue-repository';
import type { DecisionRepository } from './storage/decision-repository';
import type { OutboxRepository } from './storage/outbox-repository';
import type { ChecklistWaiverRepository } from './storage/checklist-waiver-repository';
import type { Atomically } from './storage/database';
import type { SettingRepository } from './storage/setting-repository';
import type { StaffRepository } from './storage/staff-repository';
import type { VisitEventRepository } from './storage/visit-event-repository';
import type { VisitRepository } from './storage/visit-repository';
import type { VisitSearchRepository } from './storage/visit-search-repository';

/** What handlers work with: repositories, one transaction boundary, and the clock. */
export type CoreDeps = {
  visits: VisitRepository;
  events: VisitEventRepository;
  applications: ApplicationRepository;
  catalogues: CatalogueRepository;
  attachments: AttachmentRepository;
  waivers: ChecklistWaiverRepository;
  outbox: OutboxRepository;
  decisions: DecisionRepository;
  search: VisitSearchRepository;
  settings: SettingRepository;
  audit: AuditRepository;
  staff: StaffRepository;
  atomically: Atomically;
  now: () => Date;
  /** Who history and audit rows name: the signed-in member of staff, or the desk when nobody is. */
  actor: () => string;
};
