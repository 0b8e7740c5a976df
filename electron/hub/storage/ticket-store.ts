import type { DeskTicket, TicketKind, TicketStatus } from '../../../shared/hub';
import type { Db } from '../../core/storage';

type TicketRow = {
  seq: number; id: string; day: string; group_id: string; prefix: string; number: string; kind: TicketKind; booking_code: string | null;
  slot: string | null; service: string; priority: string | null; citizen_name: string | null; iin: string | null; status: TicketStatus;
  window_id: string | null; transfer_window: string | null; call_count: number; issued_at: string; called_at: string | null; finished_at: string | null;
};

const ticket = (row: TicketRow): DeskTicket => ({
  id: row.id, day: row.day, number: row.number, prefix: row.prefix, groupId: row.group_id, kind: row.kind, service: row.service,
  priority: row.priority, slot: row.slot, status: row.status, windowId: row.window_id, transferWindow: row.transfer_window,
  callCount: row.call_count, order: row.seq, issuedAt: row.issued_at, calledAt: row.called_at, finishedAt: row.finished_at,
  citizenName: row.citizen_name, iin: row.iin, bookingCode: row.booking_code,
});

export type NewTicket = Pick<DeskTicket, 'id' | 'day' | 'groupId' | 'prefix' | 'number' | 'kind' | 'bookingCode' | 'slot' | 'service' | 'priority' | 'citizenName' | 'iin' | 'issuedAt'>;
/** A ticket's state after a window's action; what is not named stays as it was. */
export type TicketChange = Pick<DeskTicket, 'status' | 'windowId' | 'transferWindow' | 'callCount' | 'calledAt' | 'finishedAt'>;
export type TicketEventKind = 'issued' | 'called' | 'called_again' | 'not_here' | 'set_aside' | 'transferred' | 'restored' | 'finished';

/** The day's tickets, their numbering per prefix, and who did what to each at which window. */
export function createTicketStore(db: Db) {
  const nextNumber = db.prepare<[string, string], { last: number }>(
    `INSERT INTO ticket_counters (day, prefix, last) VALUES (?, ?, 1)
       ON CONFLICT (day, prefix) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const insert = db.prepare(
    `INSERT INTO tickets (id, day, group_id, prefix, number, kind, booking_code, slot, service, priority, citizen_name, iin, status, issued_at)
       VALUES (@id, @day, @groupId, @prefix, @number, @kind, @bookingCode, @slot, @service, @priority, @citizenName, @iin, 'waiting', @issuedAt)`,
  );
  const byId = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE id = ?');
  const byBooking = db.prepare<[string, string], TicketRow>('SELECT * FROM tickets WHERE day = ? AND booking_code = ?');
  const calledAt = db.prepare<[string], TicketRow>(`SELECT * FROM tickets WHERE window_id = ? AND status = 'called'`);
  const waiting = db.prepare<[string], TicketRow>(`SELECT * FROM tickets WHERE day = ? AND status = 'waiting'`);
  const ofDay = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE day = ? ORDER BY seq');
  const counts = db.prepare<[string], { group_id: string; waiting: number; set_aside: number }>(
    `SELECT group_id, sum(status = 'waiting') AS waiting, sum(status = 'set_aside') AS set_aside FROM tickets WHERE day = ? GROUP BY group_id`,
  );
  const update = db.prepare(
    `UPDATE tickets SET status = @status, window_id = @windowId, transfer_window = @transferWindow, call_count = @callCount,
       called_at = @calledAt, finished_at = @finishedAt WHERE id = @id`,
  );
  const record = db.prepare<[string, TicketEventKind, string | null, string, string, string]>(
    'INSERT INTO ticket_events (ticket_id, kind, window_id, device_id, operator, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertHandedOver = db.prepare(
    `INSERT INTO tickets (id, day, group_id, prefix, number, kind, booking_code, slot, service, priority, citizen_name, iin, status, window_id, call_count, issued_at, called_at, finished_at, handed_over_by)
       VALUES (@id, @day, @groupId, @prefix, @number, @kind, @bookingCode, @slot, @service, @priority, @citizenName, @iin, @status, @windowId, @callCount, @issuedAt, @calledAt, @finishedAt, @handedOverBy)`,
  );
  const unbook = db.prepare<[string]>('UPDATE tickets SET booking_code = NULL WHERE id = ?');
  const issuedBy = db.prepare<[string], { device_id: string }>(`SELECT device_id FROM ticket_events WHERE ticket_id = ? AND kind = 'issued' ORDER BY seq LIMIT 1`);
  const unchecked = db.prepare<[string], { code: string }>(
    `SELECT code FROM bookings AS b WHERE day = ? AND NOT EXISTS (SELECT 1 FROM tickets AS t WHERE t.day = b.day AND t.booking_code = b.code) ORDER BY code`,
  );
  const one = (row: TicketRow | undefined) => (row ? ticket(row) : null);
  return {
    nextSequence: (day: string, prefix: string) => nextNumber.get(day, prefix)!.last,
    insert: (fresh: NewTicket) => void insert.run(fresh),
    byId: (id: string) => one(byId.get(id)),
    forBooking: (day: string, code: string) => one(byBooking.get(day, code)),
    calledAt: (windowId: string) => one(calledAt.get(windowId)),
    waiting: (day: string) => waiting.all(day).map(ticket),
    ofDay: (day: string) => ofDay.all(day).map(ticket),
    counts: (day: string) => counts.all(day).map((row) => ({ groupId: row.group_id, waiting: row.waiting, setAside: row.set_aside })),
    change: (id: string, change: TicketChange) => void update.run({ id, ...change }),
    /** A ticket a desk gave while the hub was away, with the state the desk left it in. */
    insertHandedOver: (fresh: NewTicket & Pick<DeskTicket, 'status' | 'windowId' | 'callCount' | 'calledAt' | 'finishedAt'> & { handedOverBy: string }) => void insertHandedOver.run(fresh),
    /** The booking goes to an earlier check-in elsewhere; the ticket stays, for no booking. */
    unbook: (id: string) => void unbook.run(id),
    issuedBy: (id: string) => issuedBy.get(id)?.device_id ?? null,
    /** Today's bookings no ticket holds: nobody checked them in anywhere the hub has heard of. */
    uncheckedBookings: (day: string) => unchecked.all(day).map((row) => row.code),
    record: (ticketId: string, kind: TicketEventKind, windowId: string | null, deviceId: string, operator: string, at: string) =>
      void record.run(ticketId, kind, windowId, deviceId, operator, at),
  };
}
export type TicketStore = ReturnType<typeof createTicketStore>;
