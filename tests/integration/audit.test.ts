import { describe, expect, it } from 'vitest';
import { withCore } from '../support/core-fixture';
import { databaseSynchronous } from '../support/core-internals';
import { completeFields, finishedApplication } from '../support/finished-application';

const ids = { visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', applicationId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a60' };

describe('audit of an applicant’s record', () => {
  it('records each create, change, view, search and print by record id, in order, with nothing the citizen gave', async () => {
    const { api, core } = withCore('audit', { now: () => new Date(2026, 10, 25, 10, 0) });
    await finishedApplication(api, ids, completeFields);
    await api.call('visits.get', { id: ids.visitId });
    await api.call('search.visits', { text: completeFields.iin! });
    // The view's and the search's rows were committed without waiting for the disk; what follows is synced again.
    expect(databaseSynchronous(core)).toBe(2);
    await api.call('visits.transition', { id: ids.visitId, to: 'in_service' });
    await api.call('statements.export', { visitId: ids.visitId, purpose: 'print' });
    // A refused call changes nothing and leaves no row.
    await api.call('visits.get', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a61' }).catch(() => undefined);

    const { entries } = await api.call('audit.list', { limit: 50 });
    expect(entries.reverse().map((entry) => [entry.action, entry.recordKind, entry.recordId])).toEqual([
      ['staff.created', 'staff', expect.any(String)],
      ['visit.created', 'visit', ids.visitId],
      ['application.changed', 'application', ids.applicationId],
      ['application.finished', 'application', ids.applicationId],
      ['visit.viewed', 'visit', ids.visitId],
      ['visits.searched', 'search', '..'],
      ['visit.changed', 'visit', ids.visitId],
      ['statement.printed', 'visit', ids.visitId],
    ]);
    expect(entries.find((entry) => entry.action === 'visits.searched')?.detail).toEqual({ byText: true, results: 1 });
    expect(entries.find((entry) => entry.action === 'statement.printed')?.detail).toEqual({ version: 1, reprint: false });
    const everything = JSON.stringify(entries);
    for (const value of [completeFields.iin!, completeFields.surname!, completeFields.givenName!, completeFields.street!, '701']) expect(everything).not.toContain(value);
    expect(await api.call('audit.verify', {})).toEqual({ rows: 8, intact: true, firstBrokenSeq: null });
  });
});
