import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../central/central-admin';
import type { Faults } from '../central/faults';
import { agreement, deskAndCentral as deskAndCentralIn, ENROLMENT_CODE } from '../support/central';
import { hashSecret } from '../../electron/core/staff/staff-secret';
import { openCoreClient, testSupervisor } from '../support/core-client';
import { drainSync, subscribeSync } from '../support/core-internals';
import { queuedApplication, uniquePdf } from '../support/queued-applications';
import { tempDir } from '../support/temp-dir';

const timing = { idleMs: 60_000, timeoutMs: 1_500, backoff: { baseMs: 20, capMs: 150 }, batchItems: 3, batchBytes: 1 << 20, pullLimit: 2 };

const deskAndCentral = (name: string) => deskAndCentralIn(tempDir(name), timing);

describe('sync with the reference central server', () => {
  it('sends queued applications in batches with each file once, and takes back decisions, bookings and catalogues', async () => {
    const { dataDir, central, core, api, close } = await deskAndCentral('sync-happy');
    const shared = await uniquePdf('the same identity document, twice');
    const first = await queuedApplication(api, 1, { identity: shared, signed: await uniquePdf('signed 1') });
    await queuedApplication(api, 2, { identity: shared, signed: await uniquePdf('signed 2') });
    for (let n = 3; n <= 5; n++) await queuedApplication(api, n);
    const before = await api.call('sync.status', {});
    expect(before.queue.items).toBe(5);
    expect(before.queue.bytes).toBeGreaterThan(0);

    await drainSync(core);
    const state = agreement(central, dataDir);
    expect(state.server).toEqual(state.local);
    expect(state.local).toHaveLength(5);
    expect(state).toMatchObject({ waiting: 0, recordedTwice: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 5 } });
    // Nine distinct files: the shared identity document went up once.
    expect(central.store.blobs()).toHaveLength(9);
    expect(central.stats.requests.createUpload).toBe(9);
    // Two batches of at most three.
    expect(central.stats.requests.pushBatch).toBe(2);
    const after = await api.call('sync.status', {});
    expect(after).toMatchObject({ connection: 'idle', queue: { items: 0, bytes: 0 }, lastError: null, centreId: 'AST-01', deskId: '3' });
    expect(after.recent).toHaveLength(5);

    // The central system decides; the desk learns it on the next pass, with the reason as written.
    decide(central.store, { applicationId: first.applicationId, outcome: 'needs_information', reason: 'Туу туралы куәліктің көшірмесі оқылмайды' });
    central.store.addChange('AST-01', 'booking', { booking: { date: '2026-11-26', time: '09:30', iin: '881224400009', name: 'Нұрғалиева Айгүл', service: 'age-pension', code: 'BK-7788' } });
    central.store.addChange('OTHER-CENTRE', 'booking', { booking: { date: '2026-11-26', time: '10:00', iin: '881224400009', name: 'Басқа', service: 'age-pension', code: 'BK-9999' } });
    const catalogue = await api.call('catalogue.current', {});
    central.store.addChange(null, 'catalogue', { catalogue: { ...catalogue, version: catalogue.version + 1 } });
    await drainSync(core);
    const { visit, events } = await api.call('visits.get', { id: first.visitId });
    expect(visit.status).toBe('needs_information');
    expect(events.at(-1)).toMatchObject({ cause: 'central_decision', reason: 'Туу туралы куәліктің көшірмесі оқылмайды' });
    const { attention } = await api.call('sync.status', {});
    expect(attention).toEqual([expect.objectContaining({ visitId: first.visitId, reason: 'Туу туралы куәліктің көшірмесі оқылмайды' })]);
    const booked = await api.call('visits.listForDay', { day: '2026-11-26' });
    expect(booked.visits.map((v) => v.bookingCode)).toEqual(['BK-7788']);
    expect((await api.call('catalogue.current', {})).version).toBe(catalogue.version + 1);

    // Re-sent after the operator's correction: a second version, held once at the newest.
    await api.call('visits.transition', { id: first.visitId, to: 'in_service' });
    await api.call('statements.export', { visitId: first.visitId, purpose: 'export' });
    await api.call('visits.transition', { id: first.visitId, to: 'signed' });
    await api.call('applications.complete', { id: first.applicationId });
    await drainSync(core);
    expect(central.store.application(first.applicationId)?.version).toBe(2);
    expect((await api.call('sync.status', {})).attention).toEqual([]);
    decide(central.store, { applicationId: first.applicationId, outcome: 'accepted' });
    await drainSync(core);
    expect((await api.call('visits.get', { id: first.visitId })).visit.status).toBe('accepted');
    await close();
  });

  // The scans here are small enough to go up whole in the request that creates their upload (the
  // PATCHes of larger ones are cut in sync-uploads.test.ts).
  const faults: [string, Faults, number?][] = [
    ['connection cut during a file upload', { dropAfterBytes: { on: 'createUpload', bytes: 1_500, times: 3 } }],
    ['connection cut during a push', { dropAfterBytes: { on: 'pushBatch', bytes: 10, times: 2 } }],
    ['500 on every kind of request', { failWith: { status: 500, times: 4 } }],
    ['503 with Retry-After', { failWith: { on: 'pushBatch', status: 503, retryAfterSeconds: 1, times: 1 } }, 1_000],
    ['a stalled server', { stall: { on: 'pushBatch', ms: 2_500, times: 1 } }],
    ['a push carried out twice', { answerTwice: { on: 'pushBatch', times: 2 } }],
    ['a push carried out, its answer lost', { dropAnswer: { on: 'pushBatch', times: 2 } }],
    ['an upload stored, its answer lost', { dropAnswer: { on: 'createUpload', times: 2 } }],
    ['a restart in the middle of a batch', { restartMidBatch: { on: 'pushBatch', afterItems: 1, times: 2 } }],
  ];
  it.each(faults)('agrees with the server item for item after %s', async (_label, fault, atLeastMs) => {
    const { dataDir, central, core, api, close } = await deskAndCentral('sync-fault');
    for (let n = 1; n <= 5; n++) await queuedApplication(api, n);
    central.faults.set(fault);
    const started = Date.now();
    await drainSync(core);
    if (atLeastMs) expect(Date.now() - started).toBeGreaterThanOrEqual(atLeastMs - 50);
    // The fault really happened, every time it was switched on for.
    expect(central.faults.pending()).toBe(false);
    const state = agreement(central, dataDir);
    expect(state.server).toEqual(state.local);
    expect(state).toMatchObject({ waiting: 0, recordedTwice: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 5 } });
    expect(state.local).toHaveLength(5);
    await close();
  });

  it('shows a rejected item with the server’s reason, and the server never holds it', async () => {
    const { dataDir, central, core, api, close } = await deskAndCentral('sync-reject');
    const ids = await queuedApplication(api, 1);
    await queuedApplication(api, 2);
    central.faults.set({ reject: { [ids.applicationId]: 'Receiver does not serve this district' } });
    await drainSync(core);
    expect(central.store.application(ids.applicationId)).toBeUndefined();
    expect(agreement(central, dataDir).visitStatuses).toEqual({ sent: 1, needs_information: 1 });
    const status = await api.call('sync.status', {});
    expect(status.attention).toEqual([expect.objectContaining({ applicationId: ids.applicationId, reason: 'Receiver does not serve this district' })]);
    expect(status.queue.items).toBe(0);
    await close();
  });

  it('sends again a file the server reports missing when the items are pushed', async () => {
    const { dataDir, central, core, api, close } = await deskAndCentral('sync-missing');
    await queuedApplication(api, 1);
    // The server loses each file right after acknowledging it, once.
    let lost = 0;
    subscribeSync(core, ({ step, detail }) => {
      if (step === 'blob' && detail && lost < 2 && central.store.hasBlob(detail)) {
        rmSync(central.store.blobPath(detail));
        lost++;
      }
    });
    await drainSync(core);
    expect(lost).toBe(2);
    const state = agreement(central, dataDir);
    expect(state).toMatchObject({ local: state.server, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 1 } });
    await close();
  });

  it('keeps the credential in an owner-only file, holds sending while paused, and resumes', async () => {
    const { dataDir, central, core, api, close } = await deskAndCentral('sync-pause');
    expect(statSync(join(dataDir, 'sync-credential')).mode & 0o777).toBe(0o600);
    const { credential } = JSON.parse(readFileSync(join(dataDir, 'sync-credential'), 'utf8')) as { credential: string };
    expect(JSON.stringify(await api.call('sync.status', {}))).not.toContain(credential);
    expect(await api.call('sync.pause', { paused: true })).toMatchObject({ connection: 'paused' });
    await queuedApplication(api, 1);
    await api.call('sync.now', {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(central.store.allApplications()).toEqual([]);
    expect((await api.call('sync.status', {})).queue.items).toBe(1);
    const drained = drainSync(core);
    await api.call('sync.pause', { paused: false });
    await drained;
    expect(central.store.allApplications()).toHaveLength(1);
    // The receiving body reads each document as the statement names it, never by its file name.
    const sent = JSON.parse(central.store.allApplications()[0]!.body) as { documents: { checklistItem: string; fileName: string; documentName: { kk: string; ru: string } }[] };
    expect(sent.documents.map((document) => [document.checklistItem, document.documentName.ru])).toEqual([
      ['identity-document', expect.stringMatching(/^Документ, удостоверяющий личность/u)],
      ['signed-statement', 'Подписанное заявление услугополучателя'],
    ]);
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'idle', queue: { items: 0 } });
    await close();
  });

  it('ignores a decision on an older send and feed entries that fail their checks, and applies the rest', async () => {
    const { central, core, api, close } = await deskAndCentral('sync-stale');
    const ids = await queuedApplication(api, 1);
    await drainSync(core);
    // Sent back once, corrected, sent again as version 2.
    decide(central.store, { applicationId: ids.applicationId, outcome: 'needs_information', reason: 'Қолы жоқ' });
    await drainSync(core);
    await api.call('visits.transition', { id: ids.visitId, to: 'in_service' });
    await api.call('statements.export', { visitId: ids.visitId, purpose: 'export' });
    await api.call('visits.transition', { id: ids.visitId, to: 'signed' });
    await api.call('applications.complete', { id: ids.applicationId });
    await drainSync(core);
    // A late decision about version 1; a booking (IIN check digit wrong) and a catalogue that pass the protocol's shape but fail the desk's own rules; a good booking.
    decide(central.store, { applicationId: ids.applicationId, outcome: 'rejected', reason: 'late', version: 1 });
    central.store.addChange('AST-01', 'booking', { booking: { date: '2026-11-26', time: '09:00', iin: '881224400001', name: 'Нұрғалиева Айгүл', service: 'age-pension', code: 'BK-1111' } });
    central.store.addChange(null, 'catalogue', { catalogue: { version: 99, services: [{ code: 'no-such-shape' }], districts: [] } });
    central.store.addChange('AST-01', 'booking', { booking: { date: '2026-11-26', time: '11:00', iin: '881224400009', name: 'Нұрғалиева Айгүл', service: 'age-pension', code: 'BK-2222' } });
    const catalogueBefore = (await api.call('catalogue.current', {})).version;
    await drainSync(core);
    const { visit, events } = await api.call('visits.get', { id: ids.visitId });
    expect(visit.status).toBe('sent');
    expect(events.filter((event) => event.cause === 'central_decision')).toHaveLength(1);
    expect((await api.call('visits.listForDay', { day: '2026-11-26' })).visits.map((v) => v.bookingCode)).toEqual(['BK-2222']);
    expect((await api.call('catalogue.current', {})).version).toBe(catalogueBefore);
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'idle', lastError: null });
    await close();
  });

  it('shows the batch under way with the bytes sent so far', async () => {
    const { core, api, close } = await deskAndCentral('sync-progress');
    await queuedApplication(api, 1, { identity: await uniquePdf('identity 1', 300_000), signed: await uniquePdf('signed 1', 300_000) });
    const seen: NonNullable<Awaited<ReturnType<typeof api.call<'sync.status'>>>['batch']>[] = [];
    const statuses: Promise<void>[] = [];
    subscribeSync(core, ({ step }) => {
      if (step === 'blob') statuses.push(api.call('sync.status', {}).then((status) => void (status.batch && seen.push(status.batch))));
    });
    await drainSync(core);
    await Promise.all(statuses);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]!.items).toBe(1);
    expect(seen[0]!.sentBytes).toBeGreaterThan(250_000);
    expect(seen[0]!.sentBytes).toBeLessThanOrEqual(seen[0]!.bytes);
    expect((await api.call('sync.status', {})).batch).toBeNull();
    await close();
  });

  it('explains enrolment problems and a revoked credential in the operator’s terms', async () => {
    const { dir, central, core, api, close } = await deskAndCentral('sync-enrol');
    await expect(api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: 'wrong-code' })).rejects.toMatchObject({
      code: 'sync.enrolment_refused',
    });
    await expect(api.call('sync.enrol', { server: 'http://127.0.0.1:9', centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE })).rejects.toMatchObject({
      code: 'sync.unreachable',
    });
    await expect(api.call('sync.enrol', { server: 'ftp://x', centreId: 'AST 01', deskId: '3', enrolmentCode: '1' })).rejects.toMatchObject({
      code: 'contract.invalid_input',
    });
    // Personal data never crosses the network in the clear: plain HTTP only to this machine.
    await expect(api.call('sync.enrol', { server: 'http://central.example.kz', centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE })).rejects.toMatchObject({
      code: 'contract.invalid_input',
      issues: [{ path: ['server'], message: 'validation.sync_server' }],
    });
    // The central system forgets this device: the loop stops and says so instead of retrying.
    const other = openCoreClient({ dataDir: join(dir, 'other'), syncTiming: timing });
    await expect(other.api.call('sync.now', {})).rejects.toMatchObject({ code: 'sync.not_enrolled' });
    await other.core.close();
    central.store.close();
    rmSync(join(dir, 'central', 'central.sqlite'));
    rmSync(join(dir, 'central', 'central.sqlite-wal'), { force: true });
    rmSync(join(dir, 'central', 'central.sqlite-shm'), { force: true });
    await central.restart();
    await queuedApplication(api, 1);
    await expect(drainSync(core)).rejects.toMatchObject({ code: 'sync.unauthorized' });
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'error', lastError: 'sync.unauthorized', queue: { items: 1 } });
    await close();
  });

  it('takes staff accounts the central system provisions: the PIN only as its hash, retired by the same id', async () => {
    const { central, core, api, close } = await deskAndCentral('sync-staff');
    const id = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a77';
    const account = { id, login: 'm.bekova', name: 'Мәдина Бекова', role: 'operator', active: true, secretHash: await hashSecret('318264') };
    central.store.addChange('AST-01', 'staff', { staff: account });
    // Another centre's account, one without a hash, and one taking a login the desk has: none applied.
    central.store.addChange('ALA-02', 'staff', { staff: { ...account, id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a78', login: 'other.centre' } });
    central.store.addChange('AST-01', 'staff', { staff: { ...account, id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a79', login: 'no.hash', secretHash: 'plain' } });
    central.store.addChange('AST-01', 'staff', { staff: { ...account, id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a7a', login: testSupervisor.login } });
    await drainSync(core);
    const logins = (await api.call('staff.list', {})).staff.map((member) => member.login).sort();
    expect(logins).toEqual(['m.bekova', testSupervisor.login].sort());
    const provisioned = (await api.call('audit.list', { limit: 50 })).entries.filter((entry) => entry.action === 'staff.provisioned');
    expect(provisioned.map((entry) => [entry.actor, entry.recordId])).toEqual([['system:central', id]]);

    expect(await api.call('session.signIn', { login: 'm.bekova', secret: '318264' })).toMatchObject({ state: 'active', staff: { role: 'operator' } });
    // Retired centrally: signed out at the next call, and no longer let in.
    central.store.addChange('AST-01', 'staff', { staff: { ...account, active: false } });
    await drainSync(core);
    await expect(api.call('visits.listForDay', { day: '2026-11-25' })).rejects.toMatchObject({ code: 'session.required' });
    await expect(api.call('session.signIn', { login: 'm.bekova', secret: '318264' })).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    await close();
  });
});
