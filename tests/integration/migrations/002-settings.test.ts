import { describe, expect, it } from 'vitest';
import { applyMigration, databaseAtVersion } from '../../support/database-at-version';

describe('migration 2, settings', () => {
  it('gives a desk that kept only visits the setting of desk 1, and leaves its visits as they were', () => {
    const db = databaseAtVersion(1);
    db.exec(`
      INSERT INTO visits (id, created_at, day, desk, kind, citizen_name, iin, status) VALUES
        ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a01', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived'),
        ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a02', '2026-11-24T05:10:00.000Z', '2026-11-24', '3', 'booked', 'Нұрғалиева Айгүл', '881224400009', 'in_service');
    `);
    const visitsBefore = db.prepare('SELECT * FROM visits ORDER BY id').all();

    applyMigration(db, 2);

    expect(db.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'workstation.desk', value: '1' }]);
    expect(db.prepare('SELECT * FROM visits ORDER BY id').all()).toEqual(visitsBefore);
    // The index the migration adds is what a lookup by IIN uses.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM visits WHERE iin = '881224400009'`).all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('visits_by_iin');
  });
});
