import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../electron/core/storage/database';
import { HUB_DATABASE_FILE, createClosureStore, createTicketStore, hubMigrations } from '../../../electron/hub/storage';
import { tempDirForTest } from '../../support/temp-dir';

describe('hub migration 2, handover and day close', () => {
  it("takes a hub's database as the first release left it mid-day, its tickets kept and counted as checked in", () => {
    const db = openDatabase(join(tempDirForTest('hub-schema-1'), HUB_DATABASE_FILE), hubMigrations.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    db.prepare(`INSERT INTO bookings (day, code, slot, iin, citizen_name, service, received_at) VALUES ('2026-12-02', ?, '09:00', '800101300011', 'Сәрсенбаев Нұрлан', 'basic-pension', '2026-12-02T03:00:00.000Z')`).run('QB-1');
    db.prepare(`INSERT INTO bookings (day, code, slot, iin, citizen_name, service, received_at) VALUES ('2026-12-02', ?, '09:10', '800101300011', 'Өтепов Ұлан', 'basic-pension', '2026-12-02T03:00:00.000Z')`).run('QB-2');
    db.prepare(
      `INSERT INTO tickets (id, day, group_id, prefix, number, kind, booking_code, slot, service, status, issued_at)
         VALUES ('0b5f0a36-8d1e-4a4f-9c7e-2f1f3c9a1b01', '2026-12-02', 'general', 'А', 'А-001', 'booked', 'QB-1', '09:00', 'basic-pension', 'finished', '2026-12-02T04:00:00.000Z')`,
    ).run();

    migrate(db, hubMigrations);

    expect(schemaVersion(db)).toBe(2);
    const tickets = createTicketStore(db);
    expect(tickets.forBooking('2026-12-02', 'QB-1')).toMatchObject({ number: 'А-001', status: 'finished' });
    expect(db.prepare('SELECT handed_over_by FROM tickets').pluck().all()).toEqual([null]);
    // The ticket of the first release is a check-in: only the other booking is a no-show.
    expect(tickets.uncheckedBookings('2026-12-02')).toEqual(['QB-2']);
    const closures = createClosureStore(db);
    expect(closures.closedAt('2026-12-02')).toBeNull();
    closures.close('2026-12-02', '2026-12-02T14:00:00.000Z', 'admin', 'supervisor', ['QB-2']);
    expect(closures.noShows('2026-12-02')).toEqual(['QB-2']);
    // A day is closed once.
    expect(() => closures.close('2026-12-02', '2026-12-02T15:00:00.000Z', 'admin', 'supervisor', [])).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
