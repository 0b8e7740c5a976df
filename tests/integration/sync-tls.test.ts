import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCentral, type CentralTls } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { drainSync } from '../support/core-internals';
import { queuedApplication } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';
import { testAuthority } from '../support/test-certificates';
import { fetchTrusting } from '../support/trusting-fetch';
import type { CentralFetch } from '../../electron/core/sync';

const timing = { idleMs: 60_000, timeoutMs: 5_000, backoff: { baseMs: 20, capMs: 100 } };
const enrolment = { centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE };
const DAY = 86_400_000;

/** A real HTTPS central server on 127.0.0.1, and a desk whose requests go through `centralFetch`. */
async function httpsDesk(name: string, tls: CentralTls, centralFetch?: CentralFetch, syncTiming = timing) {
  const dir = tempDirForTest(name);
  const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE, tls });
  const { core, api } = openCoreClient({ dataDir: join(dir, 'desk'), syncTiming, centralFetch });
  const close = async () => {
    await core.close();
    await central.close();
  };
  return { dir, central, core, api, close };
}

describe('sync over HTTPS', () => {
  it('enrols and sends through the network stack it is given, which trusts the centre’s CA', async () => {
    const authority = testAuthority(join(tempDirForTest('tls-ca'), 'ca'));
    const { central, core, api, close } = await httpsDesk('tls-trusted', authority.issue({ names: ['IP:127.0.0.1'] }), fetchTrusting(authority.ca));
    expect(central.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    await api.call('sync.enrol', { server: central.url, ...enrolment });
    const ids = await queuedApplication(api, 1);
    await drainSync(core);
    expect(central.store.application(ids.applicationId)).toBeDefined();
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'idle', lastError: null, queue: { items: 0 } });
    await close();
  });

  it('says a certificate of an authority it does not know is that, with Node’s fetch and with another stack', async () => {
    const authority = testAuthority(join(tempDirForTest('tls-ca'), 'ca'));
    const stranger = testAuthority(join(tempDirForTest('tls-other-ca'), 'ca'), 'Another CA');
    const tls = authority.issue({ names: ['IP:127.0.0.1'] });
    // Node's own fetch, as the harness uses: the test CA is in no store it reads.
    const plain = await httpsDesk('tls-unknown-node', tls);
    await expect(plain.api.call('sync.enrol', { server: plain.central.url, ...enrolment })).rejects.toMatchObject({ code: 'sync.tls_unknown_ca' });
    await plain.close();
    const other = await httpsDesk('tls-unknown-other', tls, fetchTrusting(stranger.ca));
    await expect(other.api.call('sync.enrol', { server: other.central.url, ...enrolment })).rejects.toMatchObject({ code: 'sync.tls_unknown_ca' });
    await other.close();
  });

  it('says a certificate for another name is that', async () => {
    const authority = testAuthority(join(tempDirForTest('tls-ca'), 'ca'));
    const { central, api, close } = await httpsDesk('tls-name', authority.issue({ names: ['DNS:central.example.kz'] }), fetchTrusting(authority.ca));
    await expect(api.call('sync.enrol', { server: central.url, ...enrolment })).rejects.toMatchObject({ code: 'sync.tls_name' });
    await close();
  });

  it('says a certificate expired or not yet valid is a matter of the clock, a sync state of its own (not offline), and goes on once mended', async () => {
    const authority = testAuthority(join(tempDirForTest('tls-ca'), 'ca'));
    const good = authority.issue({ names: ['IP:127.0.0.1'] });
    const expired = authority.issue({ names: ['IP:127.0.0.1'], from: new Date(Date.now() - 400 * DAY), until: new Date(Date.now() - 35 * DAY) });
    const early = authority.issue({ names: ['IP:127.0.0.1'], from: new Date(Date.now() + 2 * DAY), until: new Date(Date.now() + 20 * DAY) });
    // Retries half a second apart at most: the state between two of them is there to be read.
    const { central, api, close } = await httpsDesk('tls-clock', expired, fetchTrusting(authority.ca), { ...timing, backoff: { baseMs: 500, capMs: 500 } });
    await expect(api.call('sync.enrol', { server: central.url, ...enrolment })).rejects.toMatchObject({ code: 'sync.tls_clock' });
    central.setCertificate(early);
    await expect(api.call('sync.enrol', { server: central.url, ...enrolment })).rejects.toMatchObject({ code: 'sync.tls_clock' });

    // Enrolled while the certificate was good; then the server presents the expired one.
    central.setCertificate(good);
    await api.call('sync.enrol', { server: central.url, ...enrolment });
    central.setCertificate(expired);
    const ids = await queuedApplication(api, 1);
    await api.call('sync.now', {});
    await expect
      .poll(async () => await api.call('sync.status', {}), { timeout: 10_000 })
      .toMatchObject({ connection: 'tls_error', lastError: 'sync.tls_clock', nextAttemptAt: expect.any(String), queue: { items: 1 } });

    // A renewed certificate: the retries planned get through by themselves.
    central.setCertificate(good);
    await expect.poll(async () => (await api.call('sync.status', {})).queue.items, { timeout: 10_000 }).toBe(0);
    expect(central.store.application(ids.applicationId)).toBeDefined();
    // The queue empties before the pass ends (the feed is read after the push): the pass's end clears the error.
    await expect.poll(async () => await api.call('sync.status', {}), { timeout: 10_000 }).toMatchObject({ connection: 'idle', lastError: null });
    await close();
  });
});
