import { describe, expect, it } from 'vitest';
import { decide } from '../central/central-admin';
import { agreement, deskAndCentral as deskAndCentralIn } from '../support/central';
import { drainSync, subscribeSync } from '../support/core-internals';
import { queuedApplication, type QueuedIds } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';

const timing = { idleMs: 60_000, timeoutMs: 2_000, backoff: { baseMs: 20, capMs: 150 }, batchItems: 3, pullLimit: 2 };
const DAY = '2026-11-26';

const deskAndCentral = (name: string) => deskAndCentralIn(tempDirForTest(name), timing);

const booking = (code: string, time: string, name = 'Нұрғалиева Айгүл') => ({ booking: { date: DAY, time, iin: '881224400009', name, service: 'age-pension', code } });

describe('a central system restored from an older backup', () => {
  it('gets again, once each, the applications and files it lost, and the desk applies its feed once', async () => {
    const { dataDir, central, core, api, close } = await deskAndCentral('sync-epoch-restore');
    const before: QueuedIds[] = [];
    for (let n = 1; n <= 4; n++) before.push(await queuedApplication(api, n));
    central.store.addChange('AST-01', 'booking', booking('BK-1', '09:00'));
    await drainSync(core);
    decide(central.store, { applicationId: before[0]!.applicationId, outcome: 'accepted' });
    await drainSync(core);
    const epochBefore = central.store.epoch();

    // The nightly backup; the day goes on: a decision and a booking reach the desk, then six more
    // applications are finished.
    central.takeBackup();
    decide(central.store, { applicationId: before[1]!.applicationId, outcome: 'accepted' });
    central.store.addChange('AST-01', 'booking', booking('BK-2', '10:00'));
    await drainSync(core);
    const after: QueuedIds[] = [];
    for (let n = 5; n <= 10; n++) after.push(await queuedApplication(api, n));
    // The server is restored from last night's copy in the middle of the desk's pass: after the
    // first batch of the day's six has been received, the second batch meets the restored store.
    let restored = false;
    subscribeSync(core, ({ step }) => {
      if (step === 'batch' && !restored) restored = central.restoreBackup();
    });
    await drainSync(core);
    expect(restored).toBe(true);
    expect(central.store.epoch()).not.toBe(epochBefore);
    await drainSync(core);

    // Everything the desk took as received, the server holds: once each, with every file whole.
    const state = agreement(central, dataDir);
    expect(state.server).toEqual(state.local);
    expect(state.local).toHaveLength(10);
    expect(state).toMatchObject({ waiting: 0, recordedTwice: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { accepted: 2, sent: 8 } });
    // One question for the new epoch, about the sends awaiting a decision (not the accepted two).
    expect(central.stats.requests.heldApplications).toBe(1);
    // The three the server received before the restore and lost went back through the queue.
    const requeued = await Promise.all(after.map(async (ids) => (await api.call('visits.get', { id: ids.visitId })).events.filter((event) => event.cause === 'central_restored')));
    expect(requeued.map((events) => events.length)).toEqual([1, 1, 1, 0, 0, 0]);
    expect(requeued[0]![0]).toMatchObject({ from: 'sent', to: 'queued' });
    for (const ids of before) expect((await api.call('visits.get', { id: ids.visitId })).events.some((event) => event.cause === 'central_restored')).toBe(false);

    // The feed was read again from a snapshot: the decision and booking it still has changed
    // nothing twice; what it lost stays as the desk had it.
    const first = await api.call('visits.get', { id: before[0]!.visitId });
    expect(first.visit.status).toBe('accepted');
    expect(first.events.filter((event) => event.cause === 'central_decision')).toHaveLength(1);
    expect((await api.call('visits.get', { id: before[1]!.visitId })).visit.status).toBe('accepted');
    const day = async () => (await api.call('visits.listForDay', { day: DAY })).visits.map((visit) => [visit.bookingCode, visit.slot]);
    expect(await day()).toEqual([
      ['BK-1', '09:00'],
      ['BK-2', '10:00'],
    ]);

    // And the feed goes on from the restored server's own positions.
    central.store.addChange('AST-01', 'booking', booking('BK-3', '11:00'));
    decide(central.store, { applicationId: after[0]!.applicationId, outcome: 'needs_information', reason: 'Қолы жоқ' });
    await drainSync(core);
    expect(await day()).toEqual([
      ['BK-1', '09:00'],
      ['BK-2', '10:00'],
      ['BK-3', '11:00'],
    ]);
    expect((await api.call('visits.get', { id: after[0]!.visitId })).visit.status).toBe('needs_information');
    expect(central.stats.requests.heldApplications).toBe(1);
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'idle', lastError: null });
    await close();
  });

  it('a restore that lost nothing costs one question and sends nothing again', async () => {
    const { dataDir, central, core, api, close } = await deskAndCentral('sync-epoch-nothing-lost');
    for (let n = 1; n <= 3; n++) await queuedApplication(api, n);
    await drainSync(core);
    central.takeBackup();
    expect(central.restoreBackup()).toBe(true);
    const pushes = central.stats.requests.pushBatch;
    await drainSync(core);
    expect(central.stats.requests.heldApplications).toBe(1);
    expect(central.stats.requests.pushBatch).toBe(pushes);
    expect(agreement(central, dataDir)).toMatchObject({ waiting: 0, recordedTwice: 0, visitStatuses: { sent: 3 } });
    await close();
  });

  it('answers 410 to a cursor of the store before the restore, and to one it never issued', async () => {
    const { central, close } = await deskAndCentral('sync-epoch-cursor');
    const { credential } = central.store.enrol('AST-01', '9', new Date().toISOString());
    central.store.addChange('AST-01', 'booking', booking('BK-1', '09:00'));
    const read = (after?: string) =>
      fetch(`${central.url}/v1/changes?${new URLSearchParams(after ? { after } : {})}`, { headers: { authorization: `Bearer ${credential}` } });
    const page = (await (await read()).json()) as { cursor: string; changes: unknown[] };
    expect(page.changes).toHaveLength(1);
    expect((await read(page.cursor)).status).toBe(200);
    central.takeBackup();
    central.restoreBackup();
    const gone = await read(page.cursor);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('central-epoch')).toBe(central.store.epoch());
    // A cursor of the first protocol (a bare number) is not this server's either.
    expect((await read('1')).status).toBe(410);
    await close();
  });
});

describe('an expired feed cursor', () => {
  it('leads to a snapshot and the feed goes on; bookings and decisions are applied once', async () => {
    const { central, core, api, close } = await deskAndCentral('sync-cursor-gone');
    const first = await queuedApplication(api, 1);
    const second = await queuedApplication(api, 2);
    await drainSync(core);
    decide(central.store, { applicationId: first.applicationId, outcome: 'needs_information', reason: 'Мекенжай толық емес' });
    for (const [code, time] of [['BK-1', '09:00'], ['BK-2', '09:30'], ['BK-3', '10:00']] as const) central.store.addChange('AST-01', 'booking', booking(code, time));
    await drainSync(core);

    // The server's feed no longer reaches back to the desk's cursor. Meanwhile a booking moved,
    // another was added, and the second application was decided.
    central.faults.set({ cursorGone: { times: 1 } });
    central.store.addChange('AST-01', 'booking', booking('BK-2', '12:00'));
    central.store.addChange('AST-01', 'booking', booking('BK-4', '12:30'));
    decide(central.store, { applicationId: second.applicationId, outcome: 'accepted' });
    const steps: string[] = [];
    subscribeSync(core, ({ step }) => steps.push(step));
    await drainSync(core);
    expect(central.faults.pending()).toBe(false);
    expect(steps).toContain('snapshot');
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'idle', lastError: null });
    const visits = (await api.call('visits.listForDay', { day: DAY })).visits.map((visit) => [visit.bookingCode, visit.slot]);
    expect(visits).toEqual([
      ['BK-1', '09:00'],
      ['BK-3', '10:00'],
      ['BK-2', '12:00'],
      ['BK-4', '12:30'],
    ]);
    const firstVisit = await api.call('visits.get', { id: first.visitId });
    expect(firstVisit.visit.status).toBe('needs_information');
    expect(firstVisit.events.filter((event) => event.cause === 'central_decision')).toHaveLength(1);
    const secondVisit = await api.call('visits.get', { id: second.visitId });
    expect(secondVisit.visit.status).toBe('accepted');
    expect(secondVisit.events.filter((event) => event.cause === 'central_decision')).toHaveLength(1);
    expect((await api.call('sync.status', {})).attention).toHaveLength(1);

    // The cursor the snapshot ended on is an ordinary one: the next change comes, alone.
    central.store.addChange('AST-01', 'booking', booking('BK-5', '13:00'));
    const pages: number[] = [];
    subscribeSync(core, ({ step, applied }) => step === 'page' && applied && pages.push(applied.bookings));
    await drainSync(core);
    expect(pages).toEqual([1]);
    await close();
  });
});
