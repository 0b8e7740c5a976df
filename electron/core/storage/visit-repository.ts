import type { Visit } from '../../../shared/domain/visit';
import type { VisitStatus } from '../../../shared/domain/visit-workflow';
import type { Db } from './database';
import { DAY_KEY_SPAN, dayKeyRange, iinPrefixRange, namesMatchQuery } from './search-query';

type VisitRow = {
  id: string;
  created_at: string;
  updated_at: string;
  day: string;
  desk: string;
  kind: Visit['kind'];
  citizen_name: string;
  iin: string | null;
  status: VisitStatus;
  booking_code: string | null;
  slot: string | null;
  service_code: string | null;
};

export type BookingFields = Pick<Visit, 'day' | 'slot' | 'citizenName' | 'iin' | 'serviceCode'>;

export type VisitRepository = {
  /** Inserts the visit; 'exists' when a visit with that id is already stored (nothing written). */
  insert(visit: Visit): 'inserted' | 'exists';
  findById(id: string): Visit | undefined;
  findByBookingCode(code: string): Visit | undefined;
  /** A day's visits by time: booked ones at their slot, walk-ins at the time they were logged. */
  listForDay(day: string, limit: number): Visit[];
  /** That day's visits whose IIN starts with, booking code is, or names start with the query. */
  findForCheckIn(day: string, query: string, limit: number): Visit[];
  setStatus(id: string, status: VisitStatus, at: string): void;
  updateBooking(id: string, fields: BookingFields, at: string): void;
  idsWithStatus(day: string, status: VisitStatus): string[];
};

const COLUMNS = 'v.id, v.created_at, v.updated_at, v.day, v.desk, v.kind, v.citizen_name, v.iin, v.status, v.booking_code, v.slot, v.service_code';

/**
 * The same, for lists the operator reads: a visit's service is its application's once the
 * application names one (a walk-in has no other), else the booking's. Needs `a` joined.
 */
export const LISTED_COLUMNS = COLUMNS.replace('v.service_code', 'coalesce(a.service_code, v.service_code) AS service_code');

export function visitFromRow(row: VisitRow): Visit {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    day: row.day,
    desk: row.desk,
    kind: row.kind,
    citizenName: row.citizen_name,
    iin: row.iin,
    status: row.status,
    bookingCode: row.booking_code,
    slot: row.slot,
    serviceCode: row.service_code,
  };
}

export function createVisitRepository(db: Db): VisitRepository {
  const insert = db.prepare(
    `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status, booking_code, slot, service_code)
     VALUES (@id, @createdAt, @updatedAt, @day, @desk, @kind, @citizenName, @iin, @status, @bookingCode, @slot, @serviceCode)
     ON CONFLICT DO NOTHING`,
  );
  const byId = db.prepare<[string], VisitRow>(`SELECT ${COLUMNS} FROM visits v WHERE v.id = ?`);
  const byCode = db.prepare<[string], VisitRow>(`SELECT ${COLUMNS} FROM visits v WHERE v.booking_code = ?`);
  const byDay = db.prepare<[string, number], VisitRow>(
    `SELECT ${LISTED_COLUMNS} FROM visits v LEFT JOIN applications a ON a.visit_id = v.id WHERE v.day = ?
     ORDER BY coalesce(v.slot, strftime('%H:%M', v.created_at, 'localtime')), v.created_at, v.id LIMIT ?`,
  );
  const byIinPrefix = db.prepare<[string, string, string, string, number], VisitRow>(
    `SELECT ${COLUMNS} FROM visits v WHERE v.day = ? AND ((v.iin >= ? AND v.iin < ?) OR v.booking_code = ?)
     ORDER BY v.slot, v.created_at LIMIT ?`,
  );
  // The day's visits are one rowid range of visit_search.
  const byNames = db.prepare<[string, string, bigint, bigint, string, number], VisitRow>(
    `SELECT ${COLUMNS} FROM visits v WHERE v.day = ?
       AND (v.seq IN (SELECT rowid % ${DAY_KEY_SPAN} FROM visit_search WHERE visit_search MATCH ? AND rowid BETWEEN ? AND ?) OR v.booking_code = ?)
     ORDER BY v.slot, v.created_at LIMIT ?`,
  );
  const updateStatus = db.prepare('UPDATE visits SET status = ?, updated_at = ? WHERE id = ?');
  const updateBooking = db.prepare(
    `UPDATE visits SET day = @day, slot = @slot, citizen_name = @citizenName, iin = @iin, service_code = @serviceCode,
            updated_at = @at WHERE id = @id`,
  );
  const withStatus = db.prepare<[string, string], string>('SELECT id FROM visits WHERE day = ? AND status = ?').pluck();
  const one = (row: VisitRow | undefined) => (row ? visitFromRow(row) : undefined);

  return {
    insert: (visit) => (insert.run(visit).changes === 1 ? 'inserted' : 'exists'),
    findById: (id) => one(byId.get(id)),
    findByBookingCode: (code) => one(byCode.get(code)),
    listForDay: (day, limit) => byDay.all(day, limit).map(visitFromRow),
    findForCheckIn: (day, query, limit) => {
      const code = query.trim().toUpperCase();
      const range = iinPrefixRange(query);
      if (range) return byIinPrefix.all(day, range[0], range[1], code, limit).map(visitFromRow);
      const match = namesMatchQuery(query);
      if (!match) return [];
      const { first, last } = dayKeyRange(day, day);
      return byNames.all(day, match, first, last, code, limit).map(visitFromRow);
    },
    setStatus: (id, status, at) => {
      updateStatus.run(status, at, id);
    },
    updateBooking: (id, fields, at) => {
      updateBooking.run({ ...fields, id, at });
    },
    idsWithStatus: (day, status) => withStatus.all(day, status),
  };
}
