import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CENTRAL_HEADER, connectToCentral, SyncFailure } from '../../electron/core/sync/central-connection';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { queuedApplication } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';

/** A stand-in for what sits between a desk and the central system: a sign-in page, a redirect, a proxy. */
async function impostor(answer: (path: string) => { status: number; headers: Record<string, string>; body: string }, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const { status, headers, body } = answer(request.url ?? '/');
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const portal = () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Wi-Fi sign-in</body></html>' });
const failure = async (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe('answers that are not the central system’s', () => {
  it('a captive portal’s 200 page and its redirect are refused for every kind of call, to be tried again later', async () => {
    for (const behaviour of [portal, () => ({ status: 302, headers: { location: 'http://portal.example/login' }, body: '' })]) {
      const fake = await impostor(behaviour);
      const central = connectToCentral({ server: fake.url, credential: 'x', timeoutMs: 2_000, signal: new AbortController().signal, now: () => new Date() });
      const calls = [() => central.enrol({ centreId: 'AST-01', deskId: '3', enrolmentCode: 'c', requestId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a70' }), () => central.missingBlobs(['a'.repeat(64)]), () => central.pullChanges(null, 5), () => central.pushBatch('b', [])];
      for (const call of calls) {
        const error = await failure(call());
        expect(error).toBeInstanceOf(SyncFailure);
        expect(error).toMatchObject({ code: 'sync.not_central', retryable: true });
      }
      await fake.close();
    }
  });

  it('an answer with the central system’s mark but not in JSON is a bad answer, not data', async () => {
    const fake = await impostor(() => ({ status: 200, headers: { [CENTRAL_HEADER]: '1', 'content-type': 'text/html' }, body: '{"changes":[],"cursor":"x","more":false}' }));
    const central = connectToCentral({ server: fake.url, credential: 'x', timeoutMs: 2_000, signal: new AbortController().signal, now: () => new Date() });
    expect(await failure(central.pullChanges(null, 5))).toMatchObject({ code: 'sync.bad_answer', retryable: true });
    await fake.close();
  });

  it('a desk behind a sign-in page says so, keeps its queue, and sends it all once the network lets it through', async () => {
    const dir = tempDirForTest('sync-portal');
    let central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const port = Number(new URL(central.url).port);
    const { core, api } = openCoreClient({ dataDir: join(dir, 'desk'), syncTiming: { idleMs: 60_000, timeoutMs: 1_500, backoff: { baseMs: 20, capMs: 100 } } });
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    await central.close();
    const fake = await impostor(portal, port);
    await queuedApplication(api, 1);
    await api.call('sync.now', {});
    await expect.poll(async () => (await api.call('sync.status', {})).lastError, { timeout: 5_000 }).toBe('sync.not_central');
    expect((await api.call('sync.status', {})).queue.items).toBe(1);
    await fake.close();
    central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE, port });
    await api.call('sync.now', {});
    await expect.poll(async () => (await api.call('sync.status', {})).queue.items, { timeout: 10_000 }).toBe(0);
    expect(central.store.allApplications()).toHaveLength(1);
    await core.close();
    await central.close();
  });
});
