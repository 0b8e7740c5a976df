import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { queuedApplication } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';

const timing = { idleMs: 60_000, timeoutMs: 2_000, backoff: { baseMs: 20, capMs: 150 }, batchItems: 5 };

describe('durable receipts', () => {
  it('a desk that lost the answer to a batch reads what was decided instead of sending the batch again', async () => {
    const dir = tempDirForTest('sync-receipts');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const { core, api } = openCoreClient({ dataDir: join(dir, 'desk'), syncTiming: timing });
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    const first = await queuedApplication(api, 1);
    const second = await queuedApplication(api, 2);
    central.faults.set({ reject: { [second.applicationId]: 'Аудан басқа' }, dropAnswer: { on: 'pushBatch', times: 1 } });
    await api.call('sync.now', {});
    await expect.poll(async () => (await api.call('sync.status', {})).queue.items, { timeout: 10_000 }).toBe(0);

    // One push carried both; its answer was cut; the desk read the decisions back, and the refusal
    // reached the visit with the server's words although the push's own answer never arrived.
    expect(central.stats.requests.pushBatch).toBe(1);
    expect(central.stats.requests.getBatch).toBe(1);
    expect((await api.call('visits.get', { id: first.visitId })).visit.status).toBe('sent');
    const refused = await api.call('visits.get', { id: second.visitId });
    expect(refused.visit.status).toBe('needs_information');
    expect(JSON.stringify(refused)).toContain('Аудан басқа');
    expect(central.store.receipts()).toHaveLength(1);
    await core.close();
    await central.close();
  });

  it('a batch the server never decided is not found, and the desk sends it as it was', async () => {
    const dir = tempDirForTest('sync-receipts-none');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const { core, api } = openCoreClient({ dataDir: join(dir, 'desk'), syncTiming: timing });
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    await queuedApplication(api, 1);
    central.faults.set({ failWith: { on: 'pushBatch', times: 1, status: 503 } });
    await api.call('sync.now', {});
    await expect.poll(async () => (await api.call('sync.status', {})).queue.items, { timeout: 10_000 }).toBe(0);
    expect(central.stats.requests.pushBatch).toBe(2);
    expect(central.stats.requests.getBatch).toBe(1);
    expect(central.store.allApplications()).toHaveLength(1);
    await core.close();
    await central.close();
  });
});
