import type { TicketTiming } from '../../../shared/hub';
import type { Db } from '../../core/storage';

type TimingRow = {
  group_id: string;
  status: TicketTiming['status'];
  first_window: string | null;
  wait_seconds: number | null;
  finish_window: string | null;
  service_seconds: number | null;
};

/**
 * What the day's figures are counted from, read from the hub's own tables: each ticket's first call
 * (the oldest `called` row of its history) and, once finished, its last call and finish.
 */
export function createFiguresStore(db: Db) {
  const timings = db.prepare<[string], TimingRow>(
    `SELECT t.group_id, t.status, first.window_id AS first_window,
            round((julianday(first.at) - julianday(t.issued_at)) * 86400) AS wait_seconds,
            CASE WHEN t.status = 'finished' THEN t.window_id END AS finish_window,
            CASE WHEN t.status = 'finished' THEN round((julianday(t.finished_at) - julianday(t.called_at)) * 86400) END AS service_seconds
       FROM tickets t
       LEFT JOIN ticket_events first ON first.seq = (SELECT min(e.seq) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'called')
      WHERE t.day = ?`,
  );
  const setAside = db.prepare<[string], { ticket_id: string; group_id: string; window_id: string | null }>(
    `SELECT DISTINCT e.ticket_id, t.group_id, e.window_id FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
      WHERE t.day = ? AND e.kind = 'set_aside'`,
  );
  // A booking is one row per day and code, so a citizen who never came is counted once for the centre.
  const noShows = db.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM bookings b
      WHERE b.day = ? AND b.slot < ? AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.day = b.day AND t.booking_code = b.code)`,
  );
  return {
    timings: (day: string): TicketTiming[] =>
      timings.all(day).map((row) => ({
        groupId: row.group_id,
        status: row.status,
        firstWindowId: row.first_window,
        waitSeconds: row.wait_seconds,
        finishWindowId: row.finish_window,
        serviceSeconds: row.service_seconds,
      })),
    setAside: (day: string) => setAside.all(day).map((row) => ({ ticketId: row.ticket_id, groupId: row.group_id, windowId: row.window_id })),
    noShows: (day: string, beforeHhmm: string) => noShows.get(day, beforeHhmm)!.n,
  };
}
export type FiguresStore = ReturnType<typeof createFiguresStore>;
