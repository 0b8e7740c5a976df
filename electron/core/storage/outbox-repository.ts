import type { QuarantineKind, SyncAttention } from '../../../shared/domain/sync';
import type { Db } from './database';

export type OutboxItem = { seq: number; applicationId: string; visitId: string; version: number; payload: string; bytes: number; batchId: string | null };
export type OutboxBatch = { id: string; items: OutboxItem[]; bytes: number };
export type SentItem = { visitId: string; citizenName: string; status: string; at: string };
export type Quarantine = { kind: QuarantineKind; status: number; code: string | null; sha256: string | null };

type ItemRow = { seq: number; application_id: string; visit_id: string; version: number; payload: string; bytes: number; batch_id: string | null };

const toItem = (row: ItemRow): OutboxItem => ({
  seq: row.seq,
  applicationId: row.application_id,
  visitId: row.visit_id,
  version: row.version,
  payload: row.payload,
  bytes: row.bytes,
  batchId: row.batch_id,
});

/** Applications waiting to be sent, the batches they go in, and what became of each. */
export type OutboxRepository = {
  /** Queues the application's next send; returns the version it is sent as. */
  enqueue(item: { applicationId: string; visitId: string; payload: (version: number) => string; bytes: number; at: string }): number;
  /** The batch formed earlier and not yet answered for every item: it is sent again as it was. */
  unfinishedBatch(): OutboxBatch | undefined;
  /** Puts the oldest waiting items, up to the limits (at least one), into a new batch. */
  formBatch(id: string, at: string, limits: { items: number; bytes: number }): OutboxBatch | undefined;
  finishBatchIfAnswered(id: string, at: string): void;
  markSent(seq: number, at: string): void;
  markRejected(seq: number, reasons: string, at: string): void;
  /** Takes a waiting item out of the queue as refused, with why; false when it was not waiting. */
  quarantine(seq: number, why: Quarantine, reasons: string, at: string): boolean;
  /** Visits waiting on the desk because their latest send was held back, newest first. */
  quarantined(limit: number): SyncAttention[];
  /** The newest send of this application. */
  latestFor(applicationId: string): (OutboxItem & { state: string }) | undefined;
  waiting(): { items: number; bytes: number };
  recentlySent(limit: number): SentItem[];
};

export function createOutboxRepository(db: Db): OutboxRepository {
  const nextVersion = db.prepare<[string], number>('SELECT coalesce(max(version), 0) + 1 FROM outbox WHERE application_id = ?').pluck();
  const insert = db.prepare('INSERT INTO outbox (application_id, visit_id, version, payload, bytes, state, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const unfinished = db.prepare<[], { id: string }>('SELECT id FROM sync_batches WHERE finished_at IS NULL ORDER BY formed_at LIMIT 1');
  const itemsOf = db.prepare<[string], ItemRow>("SELECT * FROM outbox WHERE batch_id = ? AND state = 'queued' ORDER BY seq");
  const unbatched = db.prepare<[number], ItemRow>("SELECT * FROM outbox WHERE state = 'queued' AND batch_id IS NULL ORDER BY seq LIMIT ?");
  const insertBatch = db.prepare('INSERT INTO sync_batches (id, formed_at, items, bytes) VALUES (?, ?, ?, ?)');
  const assign = db.prepare('UPDATE outbox SET batch_id = ? WHERE seq = ?');
  const finish = db.prepare(
    "UPDATE sync_batches SET finished_at = ? WHERE id = ? AND finished_at IS NULL AND NOT EXISTS (SELECT 1 FROM outbox WHERE batch_id = ? AND state = 'queued')",
  );
  const sent = db.prepare("UPDATE outbox SET state = 'sent', done_at = ? WHERE seq = ? AND state = 'queued'");
  const rejected = db.prepare("UPDATE outbox SET state = 'rejected', reasons = ?, done_at = ? WHERE seq = ? AND state = 'queued'");
  const insertQuarantine = db.prepare('INSERT INTO sync_quarantine (seq, kind, status, code, sha256, at) VALUES (?, ?, ?, ?, ?, ?)');
  const quarantined = db.prepare<[number], { visit_id: string; application_id: string; citizen_name: string; status: SyncAttention['status']; reasons: string | null; kind: QuarantineKind; at: string }>(
    `SELECT v.id AS visit_id, o.application_id, v.citizen_name, v.status, o.reasons, q.kind, q.at
       FROM sync_quarantine q JOIN outbox o ON o.seq = q.seq JOIN visits v ON v.id = o.visit_id
      WHERE v.status = 'needs_information' AND o.version = (SELECT max(version) FROM outbox WHERE application_id = o.application_id)
      ORDER BY q.seq DESC LIMIT ?`,
  );
  const latest = db.prepare<[string], ItemRow & { state: string }>('SELECT * FROM outbox WHERE application_id = ? ORDER BY version DESC LIMIT 1');
  const waiting = db.prepare<[], { items: number; bytes: number }>("SELECT count(*) AS items, coalesce(sum(bytes), 0) AS bytes FROM outbox WHERE state = 'queued'");
  const recent = db.prepare<[number], { visit_id: string; citizen_name: string; status: string; done_at: string }>(
    `SELECT o.visit_id, v.citizen_name, v.status, o.done_at FROM outbox o JOIN visits v ON v.id = o.visit_id
      WHERE o.state = 'sent' ORDER BY o.done_at DESC, o.seq DESC LIMIT ?`,
  );
  const batchOf = (id: string): OutboxBatch => {
    const items = itemsOf.all(id).map(toItem);
    return { id, items, bytes: items.reduce((sum, item) => sum + item.bytes, 0) };
  };

  return {
    enqueue: ({ applicationId, visitId, payload, bytes, at }) => {
      const version = nextVersion.get(applicationId)!;
      insert.run(applicationId, visitId, version, payload(version), bytes, 'queued', at);
      return version;
    },
    unfinishedBatch: () => {
      const row = unfinished.get();
      return row ? batchOf(row.id) : undefined;
    },
    formBatch: (id, at, limits) => {
      const chosen: ItemRow[] = [];
      let bytes = 0;
      for (const row of unbatched.all(limits.items)) {
        if (chosen.length > 0 && bytes + row.bytes > limits.bytes) break;
        chosen.push(row);
        bytes += row.bytes;
      }
      if (chosen.length === 0) return undefined;
      insertBatch.run(id, at, chosen.length, bytes);
      for (const row of chosen) assign.run(id, row.seq);
      return batchOf(id);
    },
    finishBatchIfAnswered: (id, at) => {
      finish.run(at, id, id);
    },
    markSent: (seq, at) => {
      sent.run(at, seq);
    },
    markRejected: (seq, reasons, at) => {
      rejected.run(reasons, at, seq);
    },
    quarantine: (seq, why, reasons, at) => {
      if (rejected.run(reasons, at, seq).changes === 0) return false;
      insertQuarantine.run(seq, why.kind, why.status, why.code, why.sha256, at);
      return true;
    },
    quarantined: (limit) =>
      quarantined.all(limit).map((row) => ({
        visitId: row.visit_id,
        applicationId: row.application_id,
        citizenName: row.citizen_name,
        status: row.status,
        reason: ((row.reasons ? JSON.parse(row.reasons) : []) as { message: string }[]).map((reason) => reason.message).join('; ').slice(0, 2000),
        quarantine: row.kind,
        at: row.at,
      })),
    latestFor: (applicationId) => {
      const row = latest.get(applicationId);
      return row ? { ...toItem(row), state: row.state } : undefined;
    },
    waiting: () => waiting.get()!,
    recentlySent: (limit) => recent.all(limit).map((row) => ({ visitId: row.visit_id, citizenName: row.citizen_name, status: row.status, at: row.done_at })),
  };
}
