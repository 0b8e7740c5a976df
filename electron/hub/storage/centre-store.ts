import type { BookingRow } from '../../../shared/domain/booking';
import type { HubWindow } from '../../../shared/hub';
import type { Db } from '../../core/storage';

type BookingRecord = { day: string; code: string; slot: string; iin: string; citizen_name: string; service: string };

/** The centre's windows and the day's bookings as the hub received them. */
export function createCentreStore(db: Db) {
  const putWindow = db.prepare<[string, string, string, string]>(
    `INSERT INTO windows (id, label, groups, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET label = excluded.label, groups = excluded.groups, updated_at = excluded.updated_at`,
  );
  const windows = db.prepare<[], { id: string; label: string; groups: string }>('SELECT id, label, groups FROM windows ORDER BY id');
  const window = db.prepare<[string], { id: string; label: string; groups: string }>('SELECT id, label, groups FROM windows WHERE id = ?');
  const putBooking = db.prepare<[string, string, string, string, string, string, string]>(
    `INSERT INTO bookings (day, code, slot, iin, citizen_name, service, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (day, code) DO UPDATE SET slot = excluded.slot, iin = excluded.iin, citizen_name = excluded.citizen_name, service = excluded.service`,
  );
  const booking = db.prepare<[string, string], BookingRecord>('SELECT * FROM bookings WHERE day = ? AND code = ?');
  const bookingsOn = db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM bookings WHERE day = ?');
  const asWindow = (row: { id: string; label: string; groups: string }): HubWindow => ({ id: row.id, label: row.label, groups: JSON.parse(row.groups) as string[] });
  return {
    putWindow: (value: HubWindow, at: string) => void putWindow.run(value.id, value.label, JSON.stringify(value.groups), at),
    windows: () => windows.all().map(asWindow),
    window: (id: string) => {
      const row = window.get(id);
      return row ? asWindow(row) : null;
    },
    putBooking: (row: BookingRow, at: string) => void putBooking.run(row.date, row.code, row.time, row.iin, row.name, row.service, at),
    booking: (day: string, code: string): BookingRow | null => {
      const row = booking.get(day, code);
      return row ? { date: row.day, code: row.code, time: row.slot, iin: row.iin, name: row.citizen_name, service: row.service } : null;
    },
    /** How many bookings the hub holds for a day: the Centre page's count, never whose. */
    bookingsOn: (day: string) => bookingsOn.get(day)!.count,
  };
}
export type CentreStore = ReturnType<typeof createCentreStore>;
