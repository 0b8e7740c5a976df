import { describe, expect, it } from 'vitest';
import { applyMigration, databaseAtVersion } from '../../support/database-at-version';

const visit = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a71';
const application = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a72';

describe('migration 7, attachment versions, checklist waivers, scanner inbox', () => {
  it('makes every document stored before versions existed the first version of its own chain', () => {
    const db = databaseAtVersion(6);
    db.exec(`
      INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('${visit}', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Нұрғалиева Айгүл', '881224400009', 'in_service');
      INSERT INTO applications (id, visit_id, state, data, created_at, updated_at)
        VALUES ('${application}', '${visit}', 'draft', '{"fields":{}}', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z');
      INSERT INTO attachments (id, application_id, checklist_item, original_name, media_type, size, sha256, page_count, added_by, added_at) VALUES
        ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a73', '${application}', 'identity-document', 'id.pdf', 'application/pdf', 48213, '${'a'.repeat(64)}', 2, 'desk:3', '2026-11-24T05:01:00.000Z'),
        ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a74', '${application}', 'other', 'IMG_0412.jpg', 'image/jpeg', 912004, '${'b'.repeat(64)}', NULL, 'desk:3', '2026-11-24T05:02:00.000Z');
    `);
    const before = db.prepare('SELECT * FROM attachments ORDER BY id').all() as Record<string, unknown>[];

    applyMigration(db, 7);

    expect(db.prepare('SELECT * FROM attachments ORDER BY id').all()).toEqual(before.map((row) => ({ ...row, original_id: null, version: 1 })));
    // The migration starts the new records empty: nothing waived and no scanner file waiting.
    expect(db.prepare('SELECT count(*) FROM checklist_waivers').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM scanner_inbox').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
