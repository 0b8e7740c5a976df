import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/storage/database';
import { applyMigration, databaseAtVersion } from '../../support/database-at-version';

/** One visit and its draft application per address, as the desk stored them before districts had codes. */
function insertApplications(db: Db, addresses: Record<string, unknown>[]): string[] {
  const visit = db.prepare(
    `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
     VALUES (?, '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Өтепов Ұлан', NULL, 'in_service')`,
  );
  const application = db.prepare(
    `INSERT INTO applications (id, visit_id, state, data, created_at, updated_at) VALUES (?, ?, 'draft', ?, '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z')`,
  );
  return addresses.map((address, i) => {
    const n = String(i).padStart(2, '0');
    const [visitId, applicationId] = [`019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4d${n}`, `019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4c${n}`];
    visit.run(visitId);
    application.run(applicationId, visitId, JSON.stringify({ fields: { surname: 'Өтепов', ...address }, birthDate: '1990-05-02', sex: 'male', receiverOverridden: false }));
    return applicationId;
  });
}

const dataOf = (db: Db, id: string) => db.prepare<[string], string>('SELECT data FROM applications WHERE id = ?').pluck().get(id)!;

describe('migration 11, checklists from the standards, named documents, districts', () => {
  it('moves a typed district to the front of the settlement and drops the free-text district field', () => {
    const db = databaseAtVersion(10);
    const ids = insertApplications(db, [
      { regionKato: '110000000', district: 'Аршалы ауданы', settlement: 'Жібек жолы ауылы', street: 'Бейбітшілік', house: '7' },
      { regionKato: '110000000', district: 'Есіл ауданы' },
      { regionKato: '110000000', district: 'Целиноград ауданы', settlement: '' },
      { regionKato: '710000000', district: '   ', settlement: 'Астана' },
      { regionKato: '710000000', district: null, settlement: 'Астана' },
    ]);

    applyMigration(db, 11);

    const after = ids.map((id) => JSON.parse(dataOf(db, id)) as { fields: Record<string, unknown>; birthDate: string });
    expect(after.map((data) => data.fields)).toEqual([
      { surname: 'Өтепов', regionKato: '110000000', settlement: 'Аршалы ауданы, Жібек жолы ауылы', street: 'Бейбітшілік', house: '7' },
      { surname: 'Өтепов', regionKato: '110000000', settlement: 'Есіл ауданы' },
      { surname: 'Өтепов', regionKato: '110000000', settlement: 'Целиноград ауданы' },
      { surname: 'Өтепов', regionKato: '710000000', settlement: 'Астана' },
      { surname: 'Өтепов', regionKato: '710000000', settlement: 'Астана' },
    ]);
    // Only the address moves; the rest of the application is as the operator left it.
    expect(after.map((data) => data.birthDate)).toEqual(Array(5).fill('1990-05-02'));
  });

  it('leaves an application that never had a district field exactly as it was stored', () => {
    const db = databaseAtVersion(10);
    const [id] = insertApplications(db, [{ regionKato: '710000000', districtKato: '711210000', settlement: 'Астана' }]);
    const before = dataOf(db, id!);

    applyMigration(db, 11);

    expect(dataOf(db, id!)).toBe(before);
  });

  it('keeps documents attached as "other" before they had names without a name, and refuses an empty one', () => {
    const db = databaseAtVersion(10);
    const [application] = insertApplications(db, [{ settlement: 'Астана' }]);
    db.prepare(
      `INSERT INTO attachments (id, application_id, checklist_item, original_name, media_type, size, sha256, page_count, added_by, added_at, original_id, version)
       VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4e01', ?, 'other', 'IMG_1.jpg', 'image/jpeg', 10, '${'c'.repeat(64)}', NULL, 'desk:3', '2026-11-24T05:01:00.000Z', NULL, 1)`,
    ).run(application);

    applyMigration(db, 11);

    expect(db.prepare('SELECT original_name, label FROM attachments').all()).toEqual([{ original_name: 'IMG_1.jpg', label: null }]);
    expect(() => db.prepare(`UPDATE attachments SET label = '' WHERE id = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4e01'`).run()).toThrow(/CHECK/);
  });
});
