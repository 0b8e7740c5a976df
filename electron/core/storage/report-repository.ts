import type { VisitStatus } from '../../../shared/domain/visit-workflow';
import type { Db } from './database';

/** One visit as the reports see it: its own columns and the first time it reached each step. */
export type VisitTimeline = {
  visitId: string;
  day: string;
  slot: string | null;
  createdAt: string;
  kind: 'booked' | 'walk-in';
  citizenName: string;
  bookingCode: string | null;
  serviceCode: string | null;
  status: VisitStatus;
  arrivedAt: string | null;
  servedAt: string | null;
  servedBy: string | null;
  loggedBy: string | null;
};

export type ReportRepository = {
  /** Visits logged on the days from `from` to `to`, in register order; at most `limit`. */
  timelines(from: string, to: string, limit: number): VisitTimeline[];
};

export function createReportRepository(db: Db): ReportRepository {
  // The application's service wins over the booking's: the operator may have corrected it.
  const select = db.prepare<[string, string, number], VisitTimeline>(`
    SELECT v.id AS visitId, v.day, v.slot, v.created_at AS createdAt, v.kind, v.citizen_name AS citizenName,
           v.booking_code AS bookingCode, coalesce(a.service_code, v.service_code) AS serviceCode, v.status,
           (SELECT min(e.at) FROM visit_events e WHERE e.visit_id = v.id AND e.to_status = 'arrived') AS arrivedAt,
           (SELECT min(e.at) FROM visit_events e WHERE e.visit_id = v.id AND e.to_status = 'in_service') AS servedAt,
           (SELECT e.actor FROM visit_events e WHERE e.visit_id = v.id AND e.to_status = 'in_service' ORDER BY e.seq LIMIT 1) AS servedBy,
           (SELECT e.actor FROM visit_events e WHERE e.visit_id = v.id ORDER BY e.seq LIMIT 1) AS loggedBy
    FROM visits v LEFT JOIN applications a ON a.visit_id = v.id
    WHERE v.day BETWEEN ? AND ?
    ORDER BY v.day, coalesce(v.slot, '99:99'), v.created_at, v.seq
    LIMIT ?`);
  return { timelines: (from, to, limit) => select.all(from, to, limit) };
}
