import type { Migration } from './migration';

/**
 * Release 11: the paperwork of the state standards.
 * - An attachment of kind "other" carries the name the operator gave it; the statement prints that
 *   name, never the scan's file name.
 * - The address names its district by КАТО code instead of free text. What an operator typed in the
 *   old district field is kept: it moves to the front of the settlement, where it is read back the
 *   same way, and the operator picks the district from the list when the application is next edited.
 */
export const paperworkMigration: Migration = {
  version: 11,
  name: 'checklists from the standards, named documents, districts',
  sql: `
    ALTER TABLE attachments ADD COLUMN label TEXT CHECK (label IS NULL OR length(label) BETWEEN 1 AND 200);
    UPDATE applications
       SET data = json_set(
             json_remove(data, '$.fields.district'),
             '$.fields.settlement',
             trim(json_extract(data, '$.fields.district') || ', ' || coalesce(json_extract(data, '$.fields.settlement'), ''), ', ')
           )
     WHERE trim(coalesce(json_extract(data, '$.fields.district'), '')) <> '';
    UPDATE applications SET data = json_remove(data, '$.fields.district') WHERE json_type(data, '$.fields.district') IS NOT NULL;
  `,
};
