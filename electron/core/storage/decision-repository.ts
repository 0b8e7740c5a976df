import type { SyncAttention } from '../../../shared/domain/sync';
import type { Db } from './database';

export type Decision = {
  applicationId: string;
  version: number;
  outcome: 'accepted' | 'rejected' | 'needs_information';
  reason: string | null;
  source: 'push' | 'feed';
  decidedAt: string;
};

/** What the central system said of each send, kept so the operator can read its reason later. */
export type DecisionRepository = {
  add(decision: Decision, receivedAt: string): void;
  /** Visits waiting on the desk because of the central system, with its latest reason. */
  attention(limit: number): SyncAttention[];
};

export function createDecisionRepository(db: Db): DecisionRepository {
  const insert = db.prepare(
    'INSERT INTO decisions (application_id, version, outcome, reason, source, decided_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const attention = db.prepare<[number], { visit_id: string; application_id: string; citizen_name: string; status: SyncAttention['status']; reason: string | null; decided_at: string }>(
    `SELECT v.id AS visit_id, a.id AS application_id, v.citizen_name, v.status, d.reason, d.decided_at
       FROM visits v JOIN applications a ON a.visit_id = v.id
       JOIN decisions d ON d.seq = (SELECT max(seq) FROM decisions WHERE application_id = a.id)
      WHERE v.status = 'needs_information' AND d.outcome = 'needs_information'
      ORDER BY d.seq DESC LIMIT ?`,
  );
  return {
    add: (decision, receivedAt) => {
      insert.run(decision.applicationId, decision.version, decision.outcome, decision.reason, decision.source, decision.decidedAt, receivedAt);
    },
    attention: (limit) =>
      attention.all(limit).map((row) => ({
        visitId: row.visit_id,
        applicationId: row.application_id,
        citizenName: row.citizen_name,
        status: row.status,
        reason: row.reason ?? '',
        at: row.decided_at,
      })),
  };
}
