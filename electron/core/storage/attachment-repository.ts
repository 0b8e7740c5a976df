import type { Db } from './database';

export type Attachment = {
  id: string;
  applicationId: string;
  checklistItem: string;
  originalName: string;
  mediaType: string;
  size: number;
  sha256: string;
  pageCount: number | null;
  addedBy: string;
  addedAt: string;
};

type AttachmentRow = {
  id: string;
  application_id: string;
  checklist_item: string;
  original_name: string;
  media_type: string;
  size: number;
  sha256: string;
  page_count: number | null;
  added_by: string;
  added_at: string;
};

export type AttachmentRepository = {
  add(attachment: Attachment): void;
  findById(id: string): Attachment | undefined;
  listFor(applicationId: string): Attachment[];
  totalSize(applicationId: string): number;
  remove(id: string): boolean;
  /** Whether any attachment, of any application, still uses this file. */
  isReferenced(sha256: string): boolean;
};

const fromRow = (row: AttachmentRow): Attachment => ({
  id: row.id,
  applicationId: row.application_id,
  checklistItem: row.checklist_item,
  originalName: row.original_name,
  mediaType: row.media_type,
  size: row.size,
  sha256: row.sha256,
  pageCount: row.page_count,
  addedBy: row.added_by,
  addedAt: row.added_at,
});

export function createAttachmentRepository(db: Db): AttachmentRepository {
  const insert = db.prepare(
    `INSERT INTO attachments (id, application_id, checklist_item, original_name, media_type, size, sha256, page_count, added_by, added_at)
     VALUES (@id, @applicationId, @checklistItem, @originalName, @mediaType, @size, @sha256, @pageCount, @addedBy, @addedAt)`,
  );
  const byId = db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE id = ?');
  const list = db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE application_id = ? ORDER BY added_at, id');
  const total = db.prepare<[string], number>('SELECT coalesce(sum(size), 0) FROM attachments WHERE application_id = ?').pluck();
  const remove = db.prepare('DELETE FROM attachments WHERE id = ?');
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
    totalSize: (applicationId) => total.get(applicationId) ?? 0,
    remove: (id) => remove.run(id).changes === 1,
    isReferenced: (sha256) => referenced.get(sha256) === 1,
  };
}
