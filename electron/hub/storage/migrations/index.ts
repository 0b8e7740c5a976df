import { centreDayMigration } from './001-centre-day';
import { handoverAndDayCloseMigration } from './002-handover-and-day-close';
import type { HubMigration } from './hub-migration';

/** The hub's schema history, oldest first. A new migration is a new file appended here. */
export const hubMigrations: readonly HubMigration[] = [centreDayMigration, handoverAndDayCloseMigration];
export type { HubMigration } from './hub-migration';
