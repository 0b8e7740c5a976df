import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PAGE_CACHE_KIB, migrate, openDatabase, schemaVersion } from '../../electron/core/storage/database';
import { createAttachmentRepository } from '../../electron/core/storage/attachment-repository';
import { migrations } from '../../electron/core/storage/migrations';
import { fileTempDir } from '../support/temp-dir';

// Each test writes database files of its own names here.
const dir = fileTempDir('db');
const latest = migrations.at(-1)!.version;

describe('database', () => {
  it('creates an empty database at the latest schema with durable settings', () => {
    const db = openDatabase(join(dir(), 'fresh.sqlite'));
    expect(schemaVersion(db)).toBe(latest);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('numbers migrations 1, 2, 3… with no gap', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  // A visit as each released schema stored it. A new migration must add the row for the version
  // before it, so every older database a workstation may still hold is migrated in a test.
  const visitAt: Record<number, string> = {
    1: `INSERT INTO visits (id, created_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    2: `INSERT INTO visits (id, created_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    3: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    4: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    5: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    6: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    7: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    8: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    9: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    10: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    11: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    12: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    13: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    14: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
    15: `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'arrived')`,
  };

  it('has a seed row for every released schema before the latest', () => {
    expect(Object.keys(visitAt).map(Number)).toEqual(migrations.slice(0, -1).map((m) => m.version));
  });

  it.each(migrations.slice(0, -1).map((m) => m.version))('migrates a database written at schema %i forward, keeping its rows', (version) => {
    const file = join(dir(), `at-${version}.sqlite`);
    const previous = openDatabase(file, migrations.slice(0, version));
    expect(schemaVersion(previous)).toBe(version);
    previous.prepare(visitAt[version]!).run();
    previous.close();

    const current = openDatabase(file);
    expect(schemaVersion(current)).toBe(latest);
    expect(current.prepare('SELECT citizen_name, desk FROM visits').all()).toEqual([{ citizen_name: 'Қуаныш Өмірзақ', desk: '3' }]);
    expect(current.prepare(`SELECT value FROM settings WHERE key = 'workstation.desk'`).get()).toEqual({ value: '1' });
    // Rows carried over are in the search index, found by a lowercase fragment.
    expect(current.prepare(`SELECT count(*) FROM visit_search WHERE visit_search MATCH '"қуан"*'`).pluck().get()).toBe(1);
    expect(current.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(current.pragma('foreign_key_check')).toEqual([]);
    current.close();
  });

  it('carries attachments stored before versions existed over as the first version of their document', () => {
    const file = join(dir(), 'attachments-at-6.sqlite');
    const previous = openDatabase(file, migrations.slice(0, 6));
    previous.exec(`
      INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Қуаныш Өмірзақ', NULL, 'in_service');
      INSERT INTO applications (id, visit_id, state, data, created_at, updated_at)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5c', '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', 'draft', '{}', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z');
      INSERT INTO attachments (id, application_id, checklist_item, original_name, media_type, size, sha256, page_count, added_by, added_at)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5d', '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5c', 'identity-document', 'id.pdf', 'application/pdf', 10, '${'a'.repeat(64)}', 1, 'desk:3', '2026-11-24T05:01:00.000Z');
    `);
    previous.close();
    const current = openDatabase(file);
    const attachments = createAttachmentRepository(current);
    expect(attachments.listFor('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5c')).toMatchObject([{ originalName: 'id.pdf', version: 1, originalId: null }]);
    expect(current.pragma('foreign_key_check')).toEqual([]);
    current.close();
  });

  it('gives applications the previous release queued their first send, with the current version of each document', () => {
    const file = join(dir(), 'queued-at-7.sqlite');
    const previous = openDatabase(file, migrations.slice(0, 7));
    const visit = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a6b';
    const application = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a6c';
    const fields = { iin: '881224400009', surname: 'Нұрғалиева', givenName: 'Айгүл', serviceCode: 'maternity-income-loss', receiverId: 'gfc-710000000' };
    previous.exec(`
      INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        VALUES ('${visit}', '2026-11-24T05:00:00.000Z', '2026-11-24T06:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Нұрғалиева Айгүл', '881224400009', 'queued');
      INSERT INTO applications (id, visit_id, state, data, created_at, updated_at, finished_at)
        VALUES ('${application}', '${visit}', 'finished',
                '${JSON.stringify({ fields, birthDate: '1988-12-24', sex: 'female', receiverOverridden: false })}',
                '2026-11-24T05:00:00.000Z', '2026-11-24T05:30:00.000Z', '2026-11-24T05:30:00.000Z');
      INSERT INTO attachments (id, application_id, checklist_item, original_name, media_type, size, sha256, page_count, added_by, added_at, original_id, version) VALUES
        ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a61', '${application}', 'identity-document', 'id.jpg', 'image/jpeg', 10, '${'a'.repeat(64)}', NULL, 'desk:3', '2026-11-24T05:01:00.000Z', NULL, 1),
        ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a62', '${application}', 'identity-document', 'id.jpg', 'image/jpeg', 12, '${'b'.repeat(64)}', NULL, 'desk:3', '2026-11-24T05:02:00.000Z', '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a61', 2);
      INSERT INTO checklist_waivers (application_id, item, reason, waived_by, waived_at)
        VALUES ('${application}', 'signed-statement', 'Scanner broken', 'desk:3', '2026-11-24T05:03:00.000Z');
    `);
    previous.close();
    const current = openDatabase(file);
    const rows = current.prepare<[], { version: number; state: string; bytes: number; payload: string }>('SELECT version, state, bytes, payload FROM outbox').all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 1, state: 'queued', bytes: 12 });
    expect(JSON.parse(rows[0]!.payload)).toEqual({
      id: application,
      version: 1,
      visitId: visit,
      bookingCode: null,
      finishedAt: '2026-11-24T05:30:00.000Z',
      fields,
      birthDate: '1988-12-24',
      sex: 'female',
      receiverOverridden: false,
      documents: [
        { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a62', checklistItem: 'identity-document', sha256: 'b'.repeat(64), size: 12, mediaType: 'image/jpeg', fileName: 'id.jpg', pageCount: null, version: 2 },
      ],
      waivers: [{ item: 'signed-statement', reason: 'Scanner broken', waivedBy: 'desk:3', waivedAt: '2026-11-24T05:03:00.000Z' }],
    });
    expect(current.pragma('foreign_key_check')).toEqual([]);
    current.close();
  });

  it('keeps the district an operator typed before districts came from the classifier, in front of the settlement', () => {
    const file = join(dir(), 'district-at-10.sqlite');
    const previous = openDatabase(file, migrations.slice(0, 10));
    const visitOf = (id: string) => `${id.slice(0, -2)}b${id.slice(-1)}`;
    const row = (id: string, fields: Record<string, string>) =>
      `('${id}', '${visitOf(id)}', 'draft', '${JSON.stringify({ fields, birthDate: null, sex: null, receiverOverridden: false })}', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z')`;
    previous.exec(`
      INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
        SELECT id, '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '3', 'walk-in', 'Өтепов Ұлан', NULL, 'in_service'
        FROM (SELECT '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4ab1' AS id UNION ALL SELECT '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4ab2' UNION ALL SELECT '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4ab3');
      INSERT INTO applications (id, visit_id, state, data, created_at, updated_at) VALUES
        ${row('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a71', { surname: 'Өтепов', district: 'Аршалы ауданы', settlement: 'Жібек жолы ауылы' })},
        ${row('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a72', { surname: 'Өтепов', district: '  ', settlement: 'Астана' })},
        ${row('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a73', { surname: 'Өтепов', district: 'Есіл ауданы' })};
      INSERT INTO attachments (id, application_id, checklist_item, original_name, media_type, size, sha256, page_count, added_by, added_at, original_id, version)
        VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a74', '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a71', 'other', 'IMG_1.jpg', 'image/jpeg', 10, '${'c'.repeat(64)}', NULL, 'desk:3', '2026-11-24T05:01:00.000Z', NULL, 1);
    `);
    previous.close();
    const current = openDatabase(file);
    const fields = current
      .prepare<[], { data: string }>('SELECT data FROM applications ORDER BY id')
      .all()
      .map((r) => (JSON.parse(r.data) as { fields: Record<string, string> }).fields);
    expect(fields).toEqual([
      { surname: 'Өтепов', settlement: 'Аршалы ауданы, Жібек жолы ауылы' },
      { surname: 'Өтепов', settlement: 'Астана' },
      { surname: 'Өтепов', settlement: 'Есіл ауданы' },
    ]);
    // A file attached as "other" before names existed keeps no name; the statement then shows its kind.
    expect(createAttachmentRepository(current).listFor('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a71')).toMatchObject([{ checklistItem: 'other', label: null }]);
    expect(() => current.prepare(`UPDATE attachments SET label = '' WHERE id = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a74'`).run()).toThrow(/CHECK/);
    current.close();
  });

  it('rolls a failing migration back whole and leaves the version where it was', () => {
    const file = join(dir(), 'broken.sqlite');
    openDatabase(file).close();
    const broken = [...migrations, { version: latest + 1, name: 'broken', sql: 'CREATE TABLE half (x); SELECT nope FROM missing;' }];
    expect(() => openDatabase(file, broken)).toThrow();
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(latest);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half'`).get()).toBeUndefined();
    db.close();
  });

  it('refuses to touch a database written by a newer release', () => {
    const file = join(dir(), 'newer.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${latest + 5}`);
    expect(() => migrate(db, migrations)).toThrowError(expect.objectContaining({ code: 'storage.unavailable' }));
    expect(schemaVersion(db)).toBe(latest + 5);
    db.close();
  });
});
