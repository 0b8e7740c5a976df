import type { Db } from './database';

export type SentSend = { seq: number; applicationId: string; visitId: string; version: number };

/**
 * The sends a central system restored from an older backup may have lost: the newest send of
 * each application the desk saw received (`sent`) and still waiting for a decision. Those the
 * server no longer holds go back to the queue, under the same version, so the server's
 * de-duplication still recognises any it did keep.
 */
export type OutboxResendRepository = {
  awaitingDecision(): SentSend[];
  /** Queues a received send again, outside any batch; false when it is no longer `sent`. */
  requeue(seq: number): boolean;
};

export function createOutboxResendRepository(db: Db): OutboxResendRepository {
  // From the visits still `sent` (an index), not from every send ever made.
  const awaiting = db.prepare<[], { seq: number; application_id: string; visit_id: string; version: number }>(
    `SELECT o.seq, o.application_id, o.visit_id, o.version
       FROM visits v JOIN applications a ON a.visit_id = v.id
       JOIN outbox o ON o.application_id = a.id AND o.version = (SELECT max(version) FROM outbox WHERE application_id = a.id)
      WHERE v.status = 'sent' AND o.state = 'sent'
      ORDER BY o.seq`,
  );
  const requeue = db.prepare("UPDATE outbox SET state = 'queued', batch_id = NULL, done_at = NULL WHERE seq = ? AND state = 'sent'");
  return {
    awaitingDecision: () => awaiting.all().map((row) => ({ seq: row.seq, applicationId: row.application_id, visitId: row.visit_id, version: row.version })),
    requeue: (seq) => requeue.run(seq).changes === 1,
  };
}
