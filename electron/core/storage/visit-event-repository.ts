import type { VisitEvent } from '../../../shared/domain/visit';
import type { Db } from './database';

type EventRow = {
  at: string;
  actor: string;
  from_status: VisitEvent['from'];
  to_status: VisitEvent['to'];
  reason: string | null;
  cause: VisitEvent['cause'];
};

/** The visit's history: append only, one row per status change. */
export type VisitEventRepository = {
  add(visitId: string, event: VisitEvent): void;
  listForVisit(visitId: string): VisitEvent[];
};

export function createVisitEventRepository(db: Db): VisitEventRepository {
  const insert = db.prepare(
    'INSERT INTO visit_events (visit_id, at, actor, from_status, to_status, reason, cause) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[string], EventRow>(
    'SELECT at, actor, from_status, to_status, reason, cause FROM visit_events WHERE visit_id = ? ORDER BY seq',
  );
  return {
    add: (visitId, event) => {
      insert.run(visitId, event.at, event.actor, event.from, event.to, event.reason, event.cause);
    },
    listForVisit: (visitId) =>
      list.all(visitId).map((row) => ({ at: row.at, actor: row.actor, from: row.from_status, to: row.to_status, reason: row.reason, cause: row.cause })),
  };
}
