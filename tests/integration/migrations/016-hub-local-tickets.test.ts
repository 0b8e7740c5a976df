import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/storage/database';
import { migrations } from '../../../electron/core/storage/migrations';
import { createHubLocalRepository } from '../../../electron/core/storage/hub-local-repository';
import { createVisitRepository } from '../../../electron/core/storage/visit-repository';
import { databaseAtVersion } from '../../support/database-at-version';

const visitId = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4c01';
const ticket = (n: number, bookingCode: string | null) => ({
  id: `0b5f0a36-8d1e-4a4f-9c7e-2f1f3c9a1b${String(n).padStart(2, '0')}`, day: '2026-12-02', seq: n, number: `W1-00${n}`, kind: bookingCode ? ('booked' as const) : ('walk_in' as const),
  visitId: bookingCode ? visitId : null, bookingCode, service: 'basic-pension', groupId: 'general', prefix: 'А', priority: null, windowId: 'w1',
  checkedInAt: '2026-12-02T04:00:00.000Z', operator: 'op',
});

describe('migration 16, hub local tickets', () => {
  // The previous release left schema 14: 15 (scan uploads) and this one run in order.
  it("adds the desk's tickets given without the hub to a desk's database as the previous release left it, its visits untouched", () => {
    const db = databaseAtVersion(14);
    db.prepare(
      `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status, booking_code, slot, service_code)
         VALUES (?, '2026-12-02T03:00:00.000Z', '2026-12-02T03:00:00.000Z', '2026-12-02', '3', 'booked', 'Сәрсенбаев Нұрлан', NULL, 'booked', 'QB-200001', '09:00', 'basic-pension')`,
    ).run(visitId);

    migrate(db, migrations);

    expect(schemaVersion(db)).toBe(16);
    expect(createVisitRepository(db).findById(visitId)).toMatchObject({ status: 'booked', bookingCode: 'QB-200001' });
    const local = createHubLocalRepository(db);
    expect(local.pendingCount()).toBe(0);
    local.insert(ticket(1, 'QB-200001'));
    local.insert(ticket(2, null));
    expect(local.nextSeq('2026-12-02')).toBe(3);
    expect(local.pendingCount()).toBe(2);
    // One local ticket per booking a day, one per number.
    expect(() => local.insert({ ...ticket(3, 'QB-200001'), number: 'W1-003' })).toThrow(/UNIQUE/);
    expect(() => local.insert({ ...ticket(4, null), number: 'W1-001' })).toThrow(/UNIQUE/);

    // A batch, once made, is the one sent again until the hub answers it.
    const batch = local.batch('11111111-1111-4111-8111-111111111111', 1);
    expect(batch.map((row) => [row.number, row.batchId, row.batchStatus])).toEqual([['W1-001', '11111111-1111-4111-8111-111111111111', 'waiting']]);
    expect(local.batch('22222222-2222-4222-8222-222222222222', 5).map((row) => row.batchId)).toEqual(['11111111-1111-4111-8111-111111111111']);
    local.settle(batch[0]!.id, batch[0]!.batchId!, 'accepted', null);
    expect(local.pendingCount()).toBe(1);
    // Moved on since the hub took it: waiting again, with the status the next batch carries.
    local.call(batch[0]!.id, 'w1', '2026-12-02T04:10:00.000Z');
    expect(local.pendingCount()).toBe(2);
  });
});
