import type { CheckInConflict } from '../../../shared/hub';
import type { Db } from '../../core/storage';

type ConflictRow = { day: string; booking_code: string; kept_number: string; kept_at: string; void_number: string; void_at: string; decided_at: string };
export type NewConflict = { day: string; bookingCode: string; kept: { id: string; number: string; at: string }; void: { id: string; number: string; at: string; deviceId: string }; decidedAt: string };

const conflict = (row: ConflictRow): CheckInConflict => ({
  day: row.day, bookingCode: row.booking_code, keptNumber: row.kept_number, keptAt: row.kept_at, voidNumber: row.void_number, voidAt: row.void_at, decidedAt: row.decided_at,
});

/** Bookings checked in at two places, as settled, and the days the centre closed with their no-shows. */
export function createClosureStore(db: Db) {
  const addConflict = db.prepare(
    `INSERT INTO checkin_conflicts (day, booking_code, kept_ticket, kept_number, kept_at, void_ticket, void_number, void_at, void_device, decided_at)
       VALUES (@day, @bookingCode, @keptId, @keptNumber, @keptAt, @voidId, @voidNumber, @voidAt, @voidDevice, @decidedAt) ON CONFLICT (void_ticket) DO NOTHING`,
  );
  const voided = db.prepare<[string], ConflictRow>('SELECT * FROM checkin_conflicts WHERE void_ticket = ?');
  const ofDevice = db.prepare<[string], ConflictRow>('SELECT * FROM checkin_conflicts WHERE void_device = ? ORDER BY seq DESC LIMIT 200');
  const closure = db.prepare<[string], { closed_at: string }>('SELECT closed_at FROM day_closures WHERE day = ?');
  const close = db.prepare<[string, string, string, string]>('INSERT INTO day_closures (day, closed_at, device_id, operator) VALUES (?, ?, ?, ?)');
  const addNoShow = db.prepare<[string, string]>('INSERT INTO no_shows (day, booking_code) VALUES (?, ?)');
  const noShows = db.prepare<[string], { booking_code: string }>('SELECT booking_code FROM no_shows WHERE day = ? ORDER BY booking_code');
  return {
    /** Settled once: the same lost ticket again changes nothing. */
    addConflict: (value: NewConflict) =>
      addConflict.run({
        day: value.day, bookingCode: value.bookingCode, keptId: value.kept.id, keptNumber: value.kept.number, keptAt: value.kept.at,
        voidId: value.void.id, voidNumber: value.void.number, voidAt: value.void.at, voidDevice: value.void.deviceId, decidedAt: value.decidedAt,
      }).changes === 1,
    conflictOf: (voidTicket: string) => {
      const row = voided.get(voidTicket);
      return row ? conflict(row) : null;
    },
    conflictsOf: (deviceId: string) => ofDevice.all(deviceId).map(conflict),
    closedAt: (day: string) => closure.get(day)?.closed_at ?? null,
    close: (day: string, at: string, deviceId: string, operator: string, codes: readonly string[]) => {
      close.run(day, at, deviceId, operator);
      for (const code of codes) addNoShow.run(day, code);
    },
    noShows: (day: string) => noShows.all(day).map((row) => row.booking_code),
  };
}
export type ClosureStore = ReturnType<typeof createClosureStore>;
