import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/storage/database';
import { applyMigration, databaseAtVersion } from '../../support/database-at-version';

type Visit = { id: string; kind: 'booked' | 'walk-in'; name: string; status: string; updatedAt: string; bookingCode?: string };
type Application = { id: string; visitId: string; state: 'draft' | 'finished'; data: object; updatedAt: string; finishedAt: string | null };

function insertVisit(db: Db, visit: Visit): void {
  db.prepare(
    `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status, booking_code)
     VALUES (?, '2026-11-24T05:00:00.000Z', ?, '2026-11-24', '3', ?, ?, NULL, ?, ?)`,
  ).run(visit.id, visit.updatedAt, visit.kind, visit.name, visit.status, visit.bookingCode ?? null);
}

function insertApplication(db: Db, application: Application): void {
  db.prepare(
    `INSERT INTO applications (id, visit_id, state, data, created_at, updated_at, finished_at) VALUES (?, ?, ?, ?, '2026-11-24T05:00:00.000Z', ?, ?)`,
  ).run(application.id, application.visitId, application.state, JSON.stringify(application.data), application.updatedAt, application.finishedAt);
}

function insertAttachment(db: Db, row: { id: string; applicationId: string; item: string; name: string; size: number; sha256: string; originalId?: string; version?: number }): void {
  db.prepare(
    `INSERT INTO attachments (id, application_id, checklist_item, original_name, media_type, size, sha256, page_count, added_by, added_at, original_id, version)
     VALUES (?, ?, ?, ?, 'image/jpeg', ?, ?, 1, 'desk:3', '2026-11-24T05:10:00.000Z', ?, ?)`,
  ).run(row.id, row.applicationId, row.item, row.name, row.size, row.sha256, row.originalId ?? null, row.version ?? 1);
}

const fields = { iin: '881224400009', surname: 'Нұрғалиева', givenName: 'Айгүл', serviceCode: 'age-pension', receiverId: 'gfc-710000000' };

describe('migration 8, sync outbox', () => {
  it('gives each application the previous release queued its first send, with the current version of each document', () => {
    const db = databaseAtVersion(7);
    // Booked, finished before finish times were kept: the send falls back to when it was last saved.
    insertVisit(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b01', kind: 'booked', name: 'Нұрғалиева Айгүл', status: 'queued', updatedAt: '2026-11-24T06:00:00.000Z', bookingCode: 'AST-0042' });
    insertApplication(db, {
      id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b02', visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b01', state: 'finished',
      data: { fields, birthDate: '1988-12-24', sex: 'female', receiverOverridden: true }, updatedAt: '2026-11-24T05:40:00.000Z', finishedAt: null,
    });
    insertAttachment(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b11', applicationId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b02', item: 'identity-document', name: 'id.jpg', size: 10, sha256: 'a'.repeat(64) });
    insertAttachment(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b12', applicationId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b02', item: 'identity-document', name: 'id.jpg', size: 12, sha256: 'b'.repeat(64), originalId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b11', version: 2 });
    // One scan filed under two checklist items is uploaded once, so it counts once in the bytes.
    insertAttachment(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b13', applicationId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b02', item: 'pension-record', name: 'record.jpg', size: 30, sha256: 'c'.repeat(64) });
    insertAttachment(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b14', applicationId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b02', item: 'other', name: 'record.jpg', size: 30, sha256: 'c'.repeat(64) });
    db.exec(`INSERT INTO checklist_waivers (application_id, item, reason, waived_by, waived_at)
             VALUES ('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b02', 'signed-statement', 'Сканер істемейді', 'desk:3', '2026-11-24T05:20:00.000Z')`);
    // A walk-in with nothing attached.
    insertVisit(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b21', kind: 'walk-in', name: 'Өтепов Ұлан', status: 'queued', updatedAt: '2026-11-24T07:00:00.000Z' });
    insertApplication(db, {
      id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b22', visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b21', state: 'finished',
      data: { fields: { surname: 'Өтепов' }, birthDate: null, sex: null, receiverOverridden: false }, updatedAt: '2026-11-24T06:50:00.000Z', finishedAt: '2026-11-24T06:45:00.000Z',
    });
    // Not queued yet: these are sent when the operator queues them, not by the migration.
    insertVisit(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b31', kind: 'walk-in', name: 'Қуаныш Өмірзақ', status: 'signed', updatedAt: '2026-11-24T07:00:00.000Z' });
    insertApplication(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b32', visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b31', state: 'finished', data: { fields }, updatedAt: '2026-11-24T06:55:00.000Z', finishedAt: '2026-11-24T06:55:00.000Z' });
    insertVisit(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b41', kind: 'walk-in', name: 'Сейітова Дина', status: 'in_service', updatedAt: '2026-11-24T07:00:00.000Z' });
    insertApplication(db, { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b42', visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b41', state: 'draft', data: { fields }, updatedAt: '2026-11-24T06:58:00.000Z', finishedAt: null });

    applyMigration(db, 8);

    const rows = db
      .prepare<[], { application_id: string; visit_id: string; version: number; state: string; bytes: number; batch_id: string | null; queued_at: string; payload: string }>(
        'SELECT application_id, visit_id, version, state, bytes, batch_id, queued_at, payload FROM outbox ORDER BY application_id',
      )
      .all()
      .map(({ payload, ...row }) => {
        const sent = JSON.parse(payload) as { documents: { id: string }[] };
        return { ...row, payload: { ...sent, documents: sent.documents.sort((a, b) => a.id.localeCompare(b.id)) } };
      });
    const document = (id: string, checklistItem: string, fileName: string, size: number, sha: string, version: number) =>
      ({ id, checklistItem, sha256: sha.repeat(64), size, mediaType: 'image/jpeg', fileName, pageCount: 1, version });
    expect(rows).toEqual([
      {
        application_id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b02', visit_id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b01', version: 1, state: 'queued',
        bytes: 42, batch_id: null, queued_at: '2026-11-24T06:00:00.000Z',
        payload: {
          id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b02', version: 1, visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b01', bookingCode: 'AST-0042',
          finishedAt: '2026-11-24T05:40:00.000Z', fields, birthDate: '1988-12-24', sex: 'female', receiverOverridden: true,
          documents: [
            document('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b12', 'identity-document', 'id.jpg', 12, 'b', 2),
            document('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b13', 'pension-record', 'record.jpg', 30, 'c', 1),
            document('019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b14', 'other', 'record.jpg', 30, 'c', 1),
          ],
          waivers: [{ item: 'signed-statement', reason: 'Сканер істемейді', waivedBy: 'desk:3', waivedAt: '2026-11-24T05:20:00.000Z' }],
        },
      },
      {
        application_id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b22', visit_id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b21', version: 1, state: 'queued',
        bytes: 0, batch_id: null, queued_at: '2026-11-24T07:00:00.000Z',
        payload: {
          id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b22', version: 1, visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b21', bookingCode: null,
          finishedAt: '2026-11-24T06:45:00.000Z', fields: { surname: 'Өтепов' }, birthDate: null, sex: null, receiverOverridden: false,
          documents: [], waivers: [],
        },
      },
    ]);
    expect(db.prepare('SELECT count(*) FROM sync_batches').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
