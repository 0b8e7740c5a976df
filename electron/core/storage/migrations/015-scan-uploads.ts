import type { Migration } from './migration';

/**
 * Where each scan's resumable upload stands on the central system (tus): the upload's address and
 * the offset the server last acknowledged. A cut upload, even across a restart of the desk, asks
 * the server for its offset at this address and goes on from there instead of from byte 0. The row
 * goes once the server holds the scan; it names a file by its hash only, nothing a citizen gave.
 */
export const scanUploadsMigration: Migration = {
  version: 15,
  name: 'scan uploads',
  sql: `
    CREATE TABLE scan_uploads (
      sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      url     TEXT NOT NULL CHECK (length(url) <= 2048),
      offset  INTEGER NOT NULL CHECK (offset >= 0),
      updated TEXT NOT NULL
    ) STRICT;
  `,
};
