import type { AuditRepository, ApplicationRepository, AttachmentRepository, CatalogueRepository, DecisionRepository, OutboxRepository, ChecklistWaiverRepository, Atomically, SettingRepository, StaffRepository, VisitEventRepository, VisitRepository, VisitSearchRepository } from './storage';

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
