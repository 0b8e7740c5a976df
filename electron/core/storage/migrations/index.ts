import { visitsMigration } from './001-visits';
import { settingsMigration } from './002-settings';
import { intakeMigration } from './003-intake';
import { statementPrintsMigration } from './004-statement-prints';
import { attachmentsMigration } from './005-attachments';
import { visitEventCausesMigration } from './006-visit-event-causes';
import { attachmentVersionsMigration } from './007-attachment-versions-waivers-inbox';
import { syncOutboxMigration } from './008-sync-outbox';
import { auditLogMigration } from './009-audit-log';
import { staffMigration } from './010-staff';
import { paperworkMigration } from './011-paperwork';
import { nameSearchByDayMigration } from './012-name-search-by-day';
import { staffCentralSignatureMigration } from './013-staff-central-signature';
import { syncQuarantineMigration } from './014-sync-quarantine';
import { scanUploadsMigration } from './015-scan-uploads';
import { hubLocalTicketsMigration } from './016-hub-local-tickets';
import type { Migration } from './migration';

/** Schema history, oldest first (see migration.ts). A new migration is a new file appended here. */
export const migrations: readonly Migration[] = [
  visitsMigration,
  settingsMigration,
  intakeMigration,
  statementPrintsMigration,
  attachmentsMigration,
  visitEventCausesMigration,
  attachmentVersionsMigration,
  syncOutboxMigration,
  auditLogMigration,
  staffMigration,
  paperworkMigration,
  nameSearchByDayMigration,
  staffCentralSignatureMigration,
  syncQuarantineMigration,
  scanUploadsMigration,
  hubLocalTicketsMigration,
];
export type { Migration } from './migration';
