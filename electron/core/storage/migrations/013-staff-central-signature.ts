import type { Migration } from './migration';

/**
 * Release 13: an account the central system signed keeps the time of the signature it was last
 * applied with, so the same or an older signed entry played back into the feed (a retired
 * supervisor's, a role before it was lowered) changes nothing.
 */
export const staffCentralSignatureMigration: Migration = {
  version: 13,
  name: 'signed staff accounts',
  sql: `
    ALTER TABLE staff ADD COLUMN central_signed_at TEXT;
  `,
};
