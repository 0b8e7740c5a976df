import type { Db } from './database';

/** A file the scanner wrote, stored and waiting for the operator, or refused with the rule it broke. */
export type InboxFile = {
  id: string;
  originalName: string;
  foundAt: string;
  mediaType: string | null;
  size: number | null;
  sha256: string | null;
  pageCount: number | null;
  refusedRule: string | null;
  state: 'waiting' | 'refused' | 'assigned' | 'discarded';
};

type InboxRow = {
  id: string;
  original_name: string;
  found_at: string;
  media_type: string | null;
  size: number | null;
  sha256: string | null;
  page_count: number | null;
  refused_rule: string | null;
  state: InboxFile['state'];
};

export type ScannerInboxRepository = {
  /** False when a file with this source key was seen before: each scanner file enters once. */
  add(file: InboxFile, sourceKey: string): boolean;
  findById(id: string): InboxFile | undefined;
  /** What the operator still has to deal with: waiting and refused files, oldest first. */
  listOpen(): InboxFile[];
  settle(id: string, state: 'assigned' | 'discarded', attachmentId: string | null): boolean;
  /** A refusal of an earlier, unfinished state of a file the scanner has since completed. */
  dropRefusalsOf(originalName: string): void;
  /** Whether a waiting file still needs this blob. */
  holds(sha256: string): boolean;
};

const fromRow = (row: InboxRow): InboxFile => ({
  id: row.id,
  originalName: row.original_name,
  foundAt: row.found_at,
  mediaType: row.media_type,
  size: row.size,
  sha256: row.sha256,
  pageCount: row.page_count,
  refusedRule: row.refused_rule,
  state: row.state,
});

export function createScannerInboxRepository(db: Db): ScannerInboxRepository {
  const insert = db.prepare(
    `INSERT INTO scanner_inbox (id, source_key, original_name, found_at, media_type, size, sha256, page_count, refused_rule, state)
     VALUES (@id, @sourceKey, @originalName, @foundAt, @mediaType, @size, @sha256, @pageCount, @refusedRule, @state)
     ON CONFLICT (source_key) DO NOTHING`,
  );
  const byId = db.prepare<[string], InboxRow>('SELECT * FROM scanner_inbox WHERE id = ?');
  const open = db.prepare<[], InboxRow>(`SELECT * FROM scanner_inbox WHERE state IN ('waiting', 'refused') ORDER BY found_at, id`);
  const settle = db.prepare(`UPDATE scanner_inbox SET state = ?, attachment_id = ? WHERE id = ? AND state IN ('waiting', 'refused')`);
  const dropRefusals = db.prepare(`DELETE FROM scanner_inbox WHERE original_name = ? AND state = 'refused'`);
  const holds = db.prepare<[string], number>(`SELECT 1 FROM scanner_inbox WHERE sha256 = ? AND state = 'waiting' LIMIT 1`).pluck();
  return {
    add: (file, sourceKey) => insert.run({ ...file, sourceKey }).changes === 1,
    findById: (id) => {
      const row = byId.get(id);
      return row ? fromRow(row) : undefined;
    },
    listOpen: () => open.all().map(fromRow),
    settle: (id, state, attachmentId) => settle.run(state, attachmentId, id).changes === 1,
    dropRefusalsOf: (originalName) => {
      dropRefusals.run(originalName);
    },
    holds: (sha256) => holds.get(sha256) === 1,
  };
}
