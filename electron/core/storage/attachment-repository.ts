import type { Db } from './database';

export type Attachment = {
  id: string;
  applicationId: string;
  checklistItem: string;
  /** The operator's name for a document of kind "other"; null for checklist items. */
  label: string | null;
  originalName: string;
  mediaType: string;
  size: number;
  sha256: string;
  pageCount: number | null;
  addedBy: string;
  addedAt: string;
  /** The first version of a rotated scan, kept as scanned; null for an original. */
  originalId: string | null;
  version: number;
};

type AttachmentRow = {
  id: string;
  application_id: string;
  checklist_item: string;
  label: string | null;
  original_name: string;
  media_type: string;
  size: number;
  sha256: string;
  page_count: number | null;
  added_by: string;
  added_at: string;
  original_id: string | null;
  version: number;
};

export type AttachmentRepository = {
  add(attachment: Attachment): void;
  findById(id: string): Attachment | undefined;
  /** The newest version of each of the application's documents. */
  listFor(applicationId: string): Attachment[];
  /** Every version of the document this attachment belongs to, the original first. */
  versionsOf(id: string): Attachment[];
  totalSize(applicationId: string): number;
  /** Removes the document with all its versions. */
  remove(id: string): boolean;
  /** Whether any attachment, of any application, still uses this file. */
  isReferenced(sha256: string): boolean;
};

const fromRow = (row: AttachmentRow): Attachment => ({
  id: row.id,
  applicationId: row.application_id,
  checklistItem: row.checklist_item,
  label: row.label,
  originalName: row.original_name,
  mediaType: row.media_type,
  size: row.size,
  sha256: row.sha256,
  pageCount: row.page_count,
  addedBy: row.added_by,
  addedAt: row.added_at,
  originalId: row.original_id,
  version: row.version,
});

export function createAttachmentRepository(db: Db): AttachmentRepository {
  const insert = db.prepare(
    `INSERT INTO attachments (id, application_id, checklist_item, label, original_name, media_type, size, sha256, page_count, added_by, added_at, original_id, version)
     VALUES (@id, @applicationId, @checklistItem, @label, @originalName, @mediaType, @size, @sha256, @pageCount, @addedBy, @addedAt, @originalId, @version)`,
  );
  const byId = db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE id = ?');
  // A document is listed by its newest version, in the order its original was added.
  const list = db.prepare<[string], AttachmentRow>(
    `SELECT a.* FROM attachments a
     WHERE a.application_id = ? AND NOT EXISTS (SELECT 1 FROM attachments b WHERE b.original_id = coalesce(a.original_id, a.id) AND b.version > a.version)
     ORDER BY coalesce(a.original_id, a.id)`,
  );
  const versions = db.prepare<[string, string], AttachmentRow>(
    `SELECT * FROM attachments WHERE id = ? OR original_id = ? ORDER BY version`,
  );
  const total = db.prepare<[string], number>('SELECT coalesce(sum(size), 0) FROM attachments WHERE application_id = ?').pluck();
  // Later versions first: each names the original, which must outlive them.
  const removeVersions = db.prepare('DELETE FROM attachments WHERE original_id = ?');
  const removeOne = db.prepare('DELETE FROM attachments WHERE id = ?');
  const referenced = db.prepare<[string], number>('SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1').pluck();
  return {
    add: (attachment) => {
      insert.run(attachment);
    },
    findById: (id) => {
      const row = byId.get(id);
      return row ? fromRow(row) : undefined;
    },
    listFor: (applicationId) => list.all(applicationId).map(fromRow),
    versionsOf: (id) => {
      const original = byId.get(id)?.original_id ?? id;
      return versions.all(original, original).map(fromRow);
    },
    totalSize: (applicationId) => total.get(applicationId) ?? 0,
    remove: (id) => {
      const original = byId.get(id)?.original_id ?? id;
      removeVersions.run(original);
      return removeOne.run(original).changes === 1;
    },
    isReferenced: (sha256) => referenced.get(sha256) === 1,
  };
}
