import type { Db } from './database';

export type LocalTicketStatus = 'waiting' | 'called' | 'finished';
export type LocalTicket = {
  id: string; day: string; seq: number; number: string; kind: 'booked' | 'walk_in'; visitId: string | null; bookingCode: string | null;
  service: string; groupId: string; prefix: string; priority: string | null; windowId: string | null; status: LocalTicketStatus;
  checkedInAt: string; calledAt: string | null; finishedAt: string | null; operator: string;
  /** The request id of the handover batch it is in now, and the status that batch carries. */
  batchId: string | null; batchStatus: LocalTicketStatus | null;
  outcome: 'accepted' | 'superseded' | null; keptNumber: string | null;
};
export type NewLocalTicket = Omit<LocalTicket, 'batchId' | 'batchStatus' | 'outcome' | 'keptNumber' | 'calledAt' | 'finishedAt' | 'status'>;

type Row = {
  id: string; day: string; seq: number; number: string; kind: 'booked' | 'walk_in'; visit_id: string | null; booking_code: string | null; service: string;
  group_id: string; prefix: string; priority: string | null; window_id: string | null; status: LocalTicketStatus; checked_in_at: string; called_at: string | null;
  finished_at: string | null; operator: string; batch_id: string | null; batch_status: LocalTicketStatus | null; outcome: 'accepted' | 'superseded' | null; kept_number: string | null;
};

const ticket = (row: Row): LocalTicket => ({
  id: row.id, day: row.day, seq: row.seq, number: row.number, kind: row.kind, visitId: row.visit_id, bookingCode: row.booking_code, service: row.service,
  groupId: row.group_id, prefix: row.prefix, priority: row.priority, windowId: row.window_id, status: row.status, checkedInAt: row.checked_in_at,
  calledAt: row.called_at, finishedAt: row.finished_at, operator: row.operator, batchId: row.batch_id, batchStatus: row.batch_status, outcome: row.outcome, keptNumber: row.kept_number,
});

/** Waiting for the hub: never taken, or moved on since the hub last took it. */
const PENDING = '(outcome IS NULL OR sent_status IS NOT status)';

/**
 * The tickets this desk gave while the hub was away, and their handover: a batch is made (its
 * rows named with its request id) in one transaction before it is sent, and settled in another
 * when the hub answers, so a batch whose answer was lost is sent again as it was.
 */
export function createHubLocalRepository(db: Db) {
  const nextSeq = db.prepare<[string], { next: number }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM hub_local_tickets WHERE day = ?');
  const insert = db.prepare(
    `INSERT INTO hub_local_tickets (id, day, seq, number, kind, visit_id, booking_code, service, group_id, prefix, priority, window_id, status, checked_in_at, operator)
       VALUES (@id, @day, @seq, @number, @kind, @visitId, @bookingCode, @service, @groupId, @prefix, @priority, @windowId, 'waiting', @checkedInAt, @operator)`,
  );
  const byId = db.prepare<[string], Row>('SELECT * FROM hub_local_tickets WHERE id = ?');
  const byBooking = db.prepare<[string, string], Row>('SELECT * FROM hub_local_tickets WHERE day = ? AND booking_code = ?');
  const ofDay = db.prepare<[string], Row>('SELECT * FROM hub_local_tickets WHERE day = ? ORDER BY seq');
  const firstWaiting = db.prepare<[string], Row>(`SELECT * FROM hub_local_tickets WHERE day = ? AND status = 'waiting' AND outcome IS NULL ORDER BY priority IS NULL, seq LIMIT 1`);
  const calledAt = db.prepare<[string, string], Row>(`SELECT * FROM hub_local_tickets WHERE day = ? AND window_id = ? AND status = 'called' AND outcome IS NULL`);
  const call = db.prepare<[string, string, string]>(`UPDATE hub_local_tickets SET status = 'called', window_id = ?, called_at = ? WHERE id = ? AND status = 'waiting'`);
  const finish = db.prepare<[string, string]>(`UPDATE hub_local_tickets SET status = 'finished', finished_at = ? WHERE id = ? AND status = 'called'`);
  const openBatch = db.prepare<[], Row>('SELECT * FROM hub_local_tickets WHERE batch_id IS NOT NULL ORDER BY day, seq');
  const makeBatch = db.prepare<[string, number]>(
    `UPDATE hub_local_tickets SET batch_id = ?, batch_status = status WHERE id IN (SELECT id FROM hub_local_tickets WHERE batch_id IS NULL AND ${PENDING} ORDER BY day, seq LIMIT ?)`,
  );
  const settle = db.prepare<[string, string | null, string, string]>(
    'UPDATE hub_local_tickets SET outcome = ?, kept_number = ?, sent_status = batch_status, batch_id = NULL, batch_status = NULL WHERE id = ? AND batch_id = ?',
  );
  const pending = db.prepare<[], { count: number }>(`SELECT count(*) AS count FROM hub_local_tickets WHERE ${PENDING}`);
  const one = (row: Row | undefined) => (row ? ticket(row) : null);
  return {
    nextSeq: (day: string) => nextSeq.get(day)!.next,
    insert: (fresh: NewLocalTicket) => void insert.run(fresh),
    byId: (id: string) => one(byId.get(id)),
    forBooking: (day: string, code: string) => one(byBooking.get(day, code)),
    ofDay: (day: string) => ofDay.all(day).map(ticket),
    /** The next local ticket a window calls while alone: a priority category first, then as checked in. */
    firstWaiting: (day: string) => one(firstWaiting.get(day)),
    calledAt: (day: string, windowId: string) => one(calledAt.get(day, windowId)),
    call: (id: string, windowId: string, at: string) => call.run(windowId, at, id).changes === 1,
    finish: (id: string, at: string) => finish.run(at, id).changes === 1,
    /** The batch under way (made, not yet answered), else a new one of up to `limit` rows, or none. */
    batch: (newId: string, limit: number): LocalTicket[] => {
      const open = openBatch.all();
      if (open.length > 0) return open.map(ticket);
      makeBatch.run(newId, limit);
      return openBatch.all().map(ticket);
    },
    settle: (id: string, batchId: string, outcome: 'accepted' | 'superseded', keptNumber: string | null) => void settle.run(outcome, keptNumber, id, batchId),
    pendingCount: () => pending.get()!.count,
  };
}
export type HubLocalRepository = ReturnType<typeof createHubLocalRepository>;
