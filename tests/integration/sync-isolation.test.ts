import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import type { ApiClient } from '../../shared/contract/client';
import { startCentral } from '../central/central-server';
import { agreement, ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { drainSync } from '../support/core-internals';
import { queuedApplication, uniquePdf, type QueuedIds } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';
import { uploadAndAttach } from '../support/upload';
import { openWorkstationDb } from '../support/workstation-files';

const timing = { idleMs: 60_000, timeoutMs: 5_000, backoff: { baseMs: 20, capMs: 150 }, batchItems: 16 };

async function deskAndCentral(name: string) {
  const dir = tempDirForTest(name);
  const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
  const dataDir = join(dir, 'desk');
  let desk = openCoreClient({ dataDir, syncTiming: timing });
  await desk.api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
  await drainSync(desk.core);
  return {
    dataDir,
    central,
    get core() {
      return desk.core;
    },
    get api() {
      return desk.api;
    },
    /** Closes the desk as a shutdown would and opens it again from its files. */
    async restart() {
      await desk.core.close();
      desk = openCoreClient({ dataDir, syncTiming: timing });
    },
    async close() {
      await desk.core.close();
      await central.close();
    },
  };
}

async function queued(api: ApiClient, count: number): Promise<QueuedIds[]> {
  const all: QueuedIds[] = [];
  for (let n = 1; n <= count; n++) all.push(await queuedApplication(api, n));
  return all;
}

const ids = (list: QueuedIds[]) => list.map((entry) => entry.applicationId).sort();
const heldRows = (dataDir: string) => {
  const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
  const rows = db.prepare<[], { application_id: string; kind: string; status: number; state: string }>('SELECT o.application_id, q.kind, q.status, o.state FROM sync_quarantine q JOIN outbox o USING (seq)').all();
  db.close();
  return rows;
};

/** The operator's way back: to the application, a new statement printed and signed, completed again. */
async function completeAgain(api: ApiClient, entry: QueuedIds, mend?: () => Promise<void>) {
  await api.call('visits.transition', { id: entry.visitId, to: 'in_service' });
  await mend?.();
  await api.call('statements.export', { visitId: entry.visitId, purpose: 'export' });
  await api.call('visits.transition', { id: entry.visitId, to: 'signed' });
  await api.call('applications.complete', { id: entry.applicationId });
}

describe('one application does not hold up the others', () => {
  it('an item that fails the server’s schema is rejected with the validator’s words, and the rest of its batch is recorded', async () => {
    const desk = await deskAndCentral('sync-isolation-schema');
    const all = await queued(desk.api, 5);
    const bad = all[2]!;
    // A snapshot the central system's schema no longer takes (a release apart): a date that is none.
    const db = openWorkstationDb(join(desk.dataDir, DATABASE_FILE), desk.dataDir);
    db.prepare("UPDATE outbox SET payload = json_set(payload, '$.birthDate', '1990-13-45') WHERE application_id = ?").run(bad.applicationId);
    db.close();
    await drainSync(desk.core);

    expect(desk.central.stats.requests.pushBatch).toBe(1);
    expect(desk.central.store.allApplications().map((row) => row.id)).toEqual(ids(all.filter((entry) => entry !== bad)));
    const refused = await desk.api.call('visits.get', { id: bad.visitId });
    expect(refused.visit.status).toBe('needs_information');
    expect(refused.events.at(-1)).toMatchObject({ cause: 'sync_rejected', reason: expect.stringContaining('/birthDate') });
    expect(agreement(desk.central, desk.dataDir)).toMatchObject({ waiting: 0, recordedTwice: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 4, needs_information: 1 } });
    await desk.close();
  });

  it.each([
    [400, 'quarantine_unreadable'],
    [413, 'quarantine_too_large'],
  ] as const)('a batch refused whole with %i is halved until the application refused alone is found and held back; the others land', async (status, cause) => {
    const desk = await deskAndCentral(`sync-isolation-split-${status}`);
    const all = await queued(desk.api, 16);
    const bad = all[10]!;
    desk.central.faults.set({ refuseBatchesWith: { [bad.applicationId]: status } });
    await drainSync(desk.core);

    expect(desk.central.store.allApplications().map((row) => row.id)).toEqual(ids(all.filter((entry) => entry !== bad)));
    // The whole batch once; then one push a halving, the one held back tried alone if it was only
    // inferred, and what the halving left aside sent together.
    expect(desk.central.stats.requests.pushBatch! - 1).toBeLessThanOrEqual(Math.log2(16) + 2);
    const { visit, events } = await desk.api.call('visits.get', { id: bad.visitId });
    expect(visit.status).toBe('needs_information');
    // It never reached the central system: it was not "sent" on the way.
    expect(events.slice(-2).map((event) => [event.from, event.to, event.cause])).toEqual([
      ['signed', 'queued', null],
      ['queued', 'needs_information', cause],
    ]);
    const status1 = await desk.api.call('sync.status', {});
    expect(status1).toMatchObject({ connection: 'idle', lastError: null, queue: { items: 0 } });
    expect(status1.attention).toEqual([expect.objectContaining({ visitId: bad.visitId, quarantine: cause.replace('quarantine_', '') })]);
    expect(agreement(desk.central, desk.dataDir)).toMatchObject({ waiting: 0, recordedTwice: 0, missingBlobs: [], visitStatuses: { sent: 15, needs_information: 1 } });
    await desk.close();
  });

  it.each([413, 422] as const)('a file refused with %i holds back the applications that send it, and only them', async (status) => {
    const desk = await deskAndCentral(`sync-isolation-file-${status}`);
    // Large enough that a size limit answers while the bytes are still coming.
    const refusedFile = await uniquePdf('a scan the server will not take', 4_000_000);
    const all = [await queuedApplication(desk.api, 1)];
    // Two applications send the same identity document: both need it.
    all.push(await queuedApplication(desk.api, 2, { identity: refusedFile, signed: await uniquePdf('signed 2') }));
    all.push(await queuedApplication(desk.api, 3, { identity: refusedFile, signed: await uniquePdf('signed 3') }));
    all.push(await queuedApplication(desk.api, 4));
    const sha256 = createHash('sha256').update(refusedFile).digest('hex');
    desk.central.faults.set({ refuseBlobs: { [sha256]: status } });
    await drainSync(desk.core);

    const held = [all[1]!, all[2]!];
    expect(desk.central.store.allApplications().map((row) => row.id)).toEqual(ids([all[0]!, all[3]!]));
    expect(desk.central.store.hasBlob(sha256)).toBe(false);
    expect(desk.central.stats.requests.pushBatch).toBe(1);
    for (const entry of held) {
      const { visit, events } = await desk.api.call('visits.get', { id: entry.visitId });
      expect(visit.status).toBe('needs_information');
      expect(events.at(-1)).toMatchObject({ cause: status === 413 ? 'quarantine_file_too_large' : 'quarantine_file_refused', reason: 'id.pdf' });
    }
    expect(heldRows(desk.dataDir).map((row) => row.application_id).sort()).toEqual(ids(held));
    // Support reads why in the log; nothing there names the application or its file.
    const log = readFileSync(join(desk.dataDir, 'logs', 'qabyldau.log'), 'utf8');
    const line = status === 413 ? 'sync.held_back kind=file_too_large status=413 code=blob.too_large' : 'sync.held_back kind=file_refused status=422 code=blob.hash_mismatch';
    expect(log.split(line).length - 1).toBe(2);
    for (const secret of ['id.pdf', ...held.map((entry) => entry.applicationId)]) expect(log).not.toContain(secret);
    expect(agreement(desk.central, desk.dataDir)).toMatchObject({ waiting: 0, recordedTwice: 0, visitStatuses: { sent: 2, needs_information: 2 } });
    await desk.close();
  });

  it('an application held back stays held through a restart, and goes once the operator replaces its file and completes it again', async () => {
    const desk = await deskAndCentral('sync-isolation-mend');
    const refusedFile = await uniquePdf('too large for the central system');
    const good = await queuedApplication(desk.api, 1);
    const held = await queuedApplication(desk.api, 2, { identity: refusedFile, signed: await uniquePdf('signed 2') });
    desk.central.faults.set({ refuseBlobs: { [createHash('sha256').update(refusedFile).digest('hex')]: 413 } });
    await drainSync(desk.core);
    await desk.restart();

    // After the restart: still out of the queue, still saying why, nothing sent again.
    await drainSync(desk.core);
    const after = await desk.api.call('sync.status', {});
    expect(after.queue.items).toBe(0);
    expect(after.attention).toEqual([expect.objectContaining({ visitId: held.visitId, quarantine: 'file_too_large', reason: 'id.pdf' })]);
    expect(desk.central.stats.requests.pushBatch).toBe(1);
    expect(heldRows(desk.dataDir)).toEqual([{ application_id: held.applicationId, kind: 'file_too_large', status: 413, state: 'rejected' }]);

    await completeAgain(desk.api, held, async () => {
      const { attachments } = await desk.api.call('attachments.list', { applicationId: held.applicationId });
      const identity = attachments.find((attachment) => attachment.checklistItem === 'identity-document')!;
      await desk.api.call('attachments.remove', { id: identity.id });
      await uploadAndAttach(desk.api, held.applicationId, 'identity-document', 'id-smaller.pdf', await uniquePdf('scanned again, smaller'));
    });
    await drainSync(desk.core);
    expect(desk.central.store.application(held.applicationId)?.version).toBe(2);
    expect(desk.central.store.application(good.applicationId)?.version).toBe(1);
    expect((await desk.api.call('visits.get', { id: held.visitId })).visit.status).toBe('sent');
    expect((await desk.api.call('sync.status', {})).attention).toEqual([]);
    await desk.close();
  });

  it('asks once a batch which of its files the server lacks, and sends the round over few connections', async () => {
    const desk = await deskAndCentral('sync-isolation-lacking');
    const shared = await uniquePdf('sent already by another application');
    await queuedApplication(desk.api, 1, { identity: shared, signed: await uniquePdf('signed 1') });
    await drainSync(desk.core);
    const before = { requests: { ...desk.central.stats.requests }, connections: desk.central.stats.connections };
    for (let n = 2; n <= 9; n++) await queuedApplication(desk.api, n, { identity: shared, signed: await uniquePdf(`signed ${n}`) });
    await drainSync(desk.core);

    const requests = desk.central.stats.requests;
    // One batch of eight: one question for its nine files, the eight it lacked sent, one push.
    expect(requests.missingBlobs! - before.requests.missingBlobs!).toBe(1);
    expect(requests.hasBlob).toBeUndefined();
    expect(requests.createUpload! - before.requests.createUpload!).toBe(8);
    expect(requests.pushBatch! - before.requests.pushBatch!).toBe(1);
    // Eleven requests of the round (with the feed's page) over a kept-alive connection or two.
    expect(desk.central.stats.connections - before.connections).toBeLessThanOrEqual(2);
    await desk.close();
  });
});
