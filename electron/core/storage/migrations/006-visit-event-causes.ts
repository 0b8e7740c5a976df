import type { Migration } from './migration';

/**
 * What the system did (a print, closing the day…) is kept apart from what an operator typed, so
 * the history can show the first in the operator's language and the second as written.
 */
export const visitEventCausesMigration: Migration = {
  version: 6,
  name: 'visit event causes',
  sql: `ALTER TABLE visit_events ADD COLUMN cause TEXT;`,
};
