import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centralFetchThrough } from '../../electron/main/central-fetch';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { queuedApplication } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';

const timing = { idleMs: 60_000, timeoutMs: 5_000, backoff: { baseMs: 20, capMs: 100 } };

/**
 * Node's fetch held to a rule of Electron's `net.fetch` (Chromium's network stack): a request that
 * carries a header Chromium sets itself is refused before it leaves, as `net::ERR_INVALID_ARGUMENT`
 * (electron/electron#21091). Everything else goes through as sent.
 */
const refusingOwnHeaders = (url: string, init: RequestInit) => {
  const headers = new Headers(init.headers);
  for (const name of ['content-length', 'host', 'transfer-encoding', 'connection']) if (headers.has(name)) return Promise.reject(new Error('net::ERR_INVALID_ARGUMENT'));
  return fetch(url, init);
};

describe('the desk’s requests through Electron’s network stack', () => {
  it('leave out the headers Chromium sets itself, so every kind of request gets through', async () => {
    const dir = tempDirForTest('sync-chromium-fetch');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const enrolment = { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE };

    // The core itself sends none of them, uploads included (tus PATCHes stream their body with no
    // Content-Length): even handed to Chromium as it is, every kind of request gets through.
    const bare = openCoreClient({ dataDir: join(dir, 'bare'), syncTiming: timing, centralFetch: refusingOwnHeaders });
    await bare.api.call('sync.enrol', enrolment);
    const first = await queuedApplication(bare.api, 1);
    await bare.api.call('sync.now', {});
    await expect.poll(async () => (await bare.api.call('sync.status', {})).queue.items, { timeout: 10_000 }).toBe(0);
    expect(central.store.application(first.applicationId)).toBeDefined();
    expect((await bare.api.call('sync.status', {})).lastError).toBeNull();
    await bare.core.close();

    // And through the main process's filter, which would take them out if a request carried one.
    const app = openCoreClient({ dataDir: join(dir, 'app'), syncTiming: timing, centralFetch: centralFetchThrough(refusingOwnHeaders) });
    await app.api.call('sync.enrol', { ...enrolment, deskId: '4' });
    const ids = await queuedApplication(app.api, 2);
    await app.api.call('sync.now', {});
    await expect.poll(async () => (await app.api.call('sync.status', {})).queue.items, { timeout: 10_000 }).toBe(0);
    expect(central.store.application(ids.applicationId)).toBeDefined();
    expect(central.store.blobs()).toHaveLength(4);
    // The queue empties before the pass ends (the feed is read after the push).
    await expect.poll(async () => await app.api.call('sync.status', {}), { timeout: 10_000 }).toMatchObject({ connection: 'idle', lastError: null });
    await app.core.close();
    await central.close();
  });
});
