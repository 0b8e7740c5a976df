import { describe, expect, it } from 'vitest';
import { applyMigration, databaseAtVersion } from '../../support/database-at-version';

const first = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a11';
const second = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a12';
const third = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a13';

describe('migration 3, intake', () => {
  it('copies every visit into the rebuilt table, numbered in the order they came, and indexes their names for search', () => {
    const db = databaseAtVersion(2);
    // Inserted out of order: the new numbering must follow arrival time, then id, not insertion.
    db.exec(`
      INSERT INTO visits (id, created_at, day, desk, kind, citizen_name, iin, status) VALUES
        ('${third}',  '2026-11-24T05:10:00.000Z', '2026-11-24', '3', 'walk-in', 'Өтепов Ұлан', NULL, 'arrived'),
        ('${second}', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'booked', 'Нұрғалиева Айгүл', '881224400009', 'in_service'),
        ('${first}',  '2026-11-24T05:00:00.000Z', '2026-11-24', '2', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'queued');
      UPDATE settings SET value = '3' WHERE key = 'workstation.desk';
    `);

    applyMigration(db, 3);

    expect(db.prepare('SELECT * FROM visits ORDER BY seq').all()).toEqual([
      { seq: 1, id: first, created_at: '2026-11-24T05:00:00.000Z', updated_at: '2026-11-24T05:00:00.000Z', day: '2026-11-24', desk: '2', kind: 'walk-in', citizen_name: 'Қуаныш Өмірзақ', iin: null, status: 'queued', booking_code: null, slot: null, service_code: null },
      { seq: 2, id: second, created_at: '2026-11-24T05:00:00.000Z', updated_at: '2026-11-24T05:00:00.000Z', day: '2026-11-24', desk: '3', kind: 'booked', citizen_name: 'Нұрғалиева Айгүл', iin: '881224400009', status: 'in_service', booking_code: null, slot: null, service_code: null },
      { seq: 3, id: third, created_at: '2026-11-24T05:10:00.000Z', updated_at: '2026-11-24T05:10:00.000Z', day: '2026-11-24', desk: '3', kind: 'walk-in', citizen_name: 'Өтепов Ұлан', iin: null, status: 'arrived', booking_code: null, slot: null, service_code: null },
    ]);
    // Each carried-over visit is in the search index under its own number, found by a lowercase fragment.
    const found = (fragment: string) =>
      db.prepare<[string], number>(`SELECT rowid FROM visit_search WHERE visit_search MATCH ? ORDER BY rowid`).pluck().all(`"${fragment}"*`);
    expect(found('нұрғ')).toEqual([2]);
    expect(found('ұлан')).toEqual([3]);
    expect(db.prepare('SELECT count(*) FROM visit_search').pluck().get()).toBe(3);
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'workstation.desk'`).pluck().get()).toBe('3');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
