import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCentral, type Central } from '../central/central-server';
import { agreement } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { drainSync, subscribeSync } from '../support/core-internals';
import { queuedApplication } from '../support/queued-applications';
import { tempDir } from '../support/temp-dir';

const timing = { idleMs: 60_000, timeoutMs: 1_500, backoff: { baseMs: 20, capMs: 150 }, batchItems: 3, batchBytes: 1 << 20, pullLimit: 5 };

/** The back office issues a code for one centre and desk, through the reference server's admin route. */
async function issueCode(central: Central, centreId: string, deskId: string, expiresAt?: string): Promise<string> {
  const response = await fetch(`${central.url}/_admin/enrolment-codes`, { method: 'POST', body: JSON.stringify({ centreId, deskId, expiresAt }) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { code: string }).code;
}

async function admin(central: Central, path: string, body: unknown) {
  const response = await fetch(`${central.url}/_admin/${path}`, { method: 'POST', body: JSON.stringify(body) });
  expect(response.status).toBeLessThan(300);
}

/** The credential file as the harness keeps it (the app seals it with safeStorage instead). */
const stored = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'sync-credential'), 'utf8')) as { credential: string; centralKey: string | null };

const enrolRaw = (central: Central, body: Record<string, string>) =>
  fetch(`${central.url}/v1/enrolments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A request with a credential, answered 401 or not, with what the server says of the credential. */
async function tryCredential(central: Central, credential: string) {
  const response = await fetch(`${central.url}/v1/blobs/${'a'.repeat(64)}`, { method: 'HEAD', headers: { authorization: `Bearer ${credential}` } });
  return { status: response.status, says: response.headers.get('central-credential') };
}

/** Waits until the desk shows its credential withdrawn (the pass the enrolment itself woke may already have failed). */
async function revokedStatus(core: Awaited<ReturnType<typeof desk>>['core'], api: Awaited<ReturnType<typeof desk>>['api']) {
  for (;;) {
    let stop = () => {};
    const moved = new Promise<void>((resolve) => (stop = subscribeSync(core, ({ step }) => step === 'state' && resolve()) as () => void));
    const status = await api.call('sync.status', {});
    if (status.connection !== 'revoked') await moved;
    stop();
    if (status.connection === 'revoked') return status;
  }
}

async function desk(dir: string, name: string) {
  const dataDir = join(dir, name);
  return { dataDir, ...openCoreClient({ dataDir, syncTiming: timing }) };
}

describe('enrolment with codes the central system issues', () => {
  it('binds a code to its centre and desk, uses it once, and answers a repeat of the same request with the same credential', async () => {
    const dir = tempDir('enrol-code');
    // No standing code: only what the back office issues opens the server.
    const central = await startCentral({ dataDir: join(dir, 'central') });
    const code = await issueCode(central, 'AST-01', '3');
    let first = await desk(dir, 'desk');
    const enrol = (api: typeof first.api, centreId: string, deskId: string, enrolmentCode = code) => api.call('sync.enrol', { server: central.url, centreId, deskId, enrolmentCode });

    await expect(enrol(first.api, 'AST-02', '3')).rejects.toMatchObject({ code: 'sync.enrolment_other_desk' });
    await expect(enrol(first.api, 'AST-01', '4')).rejects.toMatchObject({ code: 'sync.enrolment_other_desk' });
    await expect(enrol(first.api, 'AST-01', '3', 'ZZZZ-ZZZZ-ZZZZ')).rejects.toMatchObject({ code: 'sync.enrolment_refused' });
    expect(central.store.enrolments.devices({ centreId: 'AST-01', deskId: '3' })).toEqual([]);

    // Every answer lost on the way: the click fails, the code is not used up by it.
    central.faults.set({ dropAnswer: { on: 'enrol', times: 3 } });
    await expect(enrol(first.api, 'AST-01', '3')).rejects.toMatchObject({ code: 'sync.unreachable' });
    expect(central.faults.pending()).toBe(false);
    expect(existsSync(join(first.dataDir, 'sync-credential'))).toBe(false);
    // The app is closed and opened again; the supervisor tries again with the same code, typed in
    // lower case without dashes; one more answer is lost and retried within the click.
    await first.core.close();
    first = await desk(dir, 'desk');
    central.faults.set({ dropAnswer: { on: 'enrol', times: 1 } });
    expect(await enrol(first.api, 'ast-01', '3', code.replaceAll('-', '').toLowerCase())).toMatchObject({ server: central.url, centreId: 'AST-01', deskId: '3' });
    expect(central.faults.pending()).toBe(false);
    // Five requests reached the server; they made one device, with one credential, the one the desk keeps.
    const devices = central.store.enrolments.devices({ centreId: 'AST-01', deskId: '3' });
    expect(devices).toHaveLength(1);
    expect(central.store.enrolments.liveCredentials(devices[0]!.id, new Date())).toBe(1);
    expect(stored(first.dataDir)).toEqual({ credential: expect.any(String), centralKey: central.signing.publicKey });
    expect(central.store.deviceFor(stored(first.dataDir).credential)).toMatchObject({ id: devices[0]!.id });
    await queuedApplication(first.api, 1);
    await drainSync(first.core);
    expect(agreement(central, first.dataDir).visitStatuses).toEqual({ sent: 1 });

    // Another desk with the same code: used.
    const second = await desk(dir, 'second');
    await expect(enrol(second.api, 'AST-01', '3')).rejects.toMatchObject({ code: 'sync.enrolment_used' });
    expect(existsSync(join(second.dataDir, 'sync-credential'))).toBe(false);
    await second.core.close();
    await first.core.close();
    await central.close();
  });

  it('answers the same request again with the same credential, and another request with the used code not at all (the protocol)', async () => {
    const dir = tempDir('enrol-protocol');
    const central = await startCentral({ dataDir: join(dir, 'central') });
    const enrolmentCode = await issueCode(central, 'AST-01', '5');
    const request = { centreId: 'AST-01', deskId: '5', enrolmentCode, requestId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a01' };
    const once = await enrolRaw(central, request);
    const again = await enrolRaw(central, request);
    expect([once.status, again.status]).toEqual([201, 201]);
    const [a, b] = [await once.json(), await again.json()];
    expect(b).toEqual(a);
    expect(a).toMatchObject({ centreId: 'AST-01', deskId: '5', centralKey: central.signing.publicKey });
    const other = await enrolRaw(central, { ...request, requestId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a02' });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ code: 'enrolment.used' });
    // The same request id with the code for another desk is not a repeat.
    const elsewhere = await enrolRaw(central, { ...request, deskId: '6' });
    expect(elsewhere.status).toBe(403);
    await central.close();
  });

  it('refuses an expired code', async () => {
    const dir = tempDir('enrol-expired');
    const central = await startCentral({ dataDir: join(dir, 'central') });
    const code = await issueCode(central, 'AST-01', '3', new Date(Date.now() - 1_000).toISOString());
    const { api, core } = await desk(dir, 'desk');
    await expect(api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: code })).rejects.toMatchObject({ code: 'sync.enrolment_expired' });
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'not_enrolled' });
    await core.close();
    await central.close();
  });
});

describe('device credentials', () => {
  it('rotates when the server asks: the new one is kept before it is used, the old one stays valid until then and for the grace period', async () => {
    const dir = tempDir('enrol-rotate');
    const central = await startCentral({ dataDir: join(dir, 'central') });
    const { dataDir, api, core } = await desk(dir, 'desk');
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: await issueCode(central, 'AST-01', '3') });
    await drainSync(core);
    const old = stored(dataDir);
    expect(await tryCredential(central, old.credential)).toEqual({ status: 404, says: null });

    await admin(central, 'devices/rotate', { centreId: 'AST-01', deskId: '3' });
    expect(await tryCredential(central, old.credential)).toEqual({ status: 404, says: 'rotate' });
    await queuedApplication(api, 1);
    await drainSync(core);
    const renewed = stored(dataDir);
    expect(renewed.credential).not.toBe(old.credential);
    // The pinned key stays with the new credential.
    expect(renewed.centralKey).toBe(central.signing.publicKey);
    // Issued and kept, not yet used: the old one must still work, as after a crash right here.
    expect(await tryCredential(central, old.credential)).toEqual({ status: 404, says: 'rotate' });

    await queuedApplication(api, 2);
    await drainSync(core);
    expect(agreement(central, dataDir).visitStatuses).toEqual({ sent: 2 });
    // Used now: nothing asks for rotation any more; the old one is in its grace period, then gone.
    expect(await tryCredential(central, renewed.credential)).toEqual({ status: 404, says: null });
    expect(await tryCredential(central, old.credential)).toEqual({ status: 404, says: null });
    const afterGrace = new Date(Date.now() + 11 * 60_000);
    expect(central.store.enrolments.authenticate(old.credential, afterGrace)).toEqual({});
    expect(central.store.enrolments.authenticate(renewed.credential, afterGrace).device).toBeDefined();
    const audit = (await api.call('audit.list', { limit: 100 })).entries.map((entry) => entry.action);
    expect(audit.filter((action) => action === 'sync.credential_renewed')).toHaveLength(1);
    await core.close();
    await central.close();
  });

  it('asks for a new credential as the old one nears its end, and refuses it once it has expired', async () => {
    const dir = tempDir('enrol-lifetime');
    const central = await startCentral({ dataDir: join(dir, 'central'), credentials: { lifetimeMs: 60 * 60_000, renewBeforeMs: 20 * 60_000, graceMs: 60_000 } });
    const { credential } = central.store.enrol('AST-01', '3', new Date().toISOString());
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    expect(central.store.enrolments.authenticate(credential, at(30)).signal).toBeUndefined();
    expect(central.store.enrolments.authenticate(credential, at(45)).signal).toBe('rotate');
    expect(central.store.enrolments.authenticate(credential, at(61))).toEqual({ signal: 'expired' });
    await central.close();
  });

  it('stops on a revoked credential, forgets it, explains across a restart, and sends what waited once a supervisor enrols again', async () => {
    const dir = tempDir('enrol-revoke');
    const central = await startCentral({ dataDir: join(dir, 'central') });
    const first = await desk(dir, 'desk');
    const { dataDir } = first;
    let { api, core } = first;
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: await issueCode(central, 'AST-01', '3') });
    await drainSync(core);
    await admin(central, 'devices/revoke', { centreId: 'AST-01', deskId: '3' });
    await queuedApplication(api, 1);
    await expect(drainSync(core)).rejects.toMatchObject({ code: 'sync.revoked' });
    const status = await api.call('sync.status', {});
    expect(status).toMatchObject({ connection: 'revoked', lastError: 'sync.revoked', queue: { items: 1 }, server: central.url, centreId: 'AST-01' });
    expect(existsSync(join(dataDir, 'sync-credential'))).toBe(false);
    await expect(api.call('sync.now', {})).rejects.toMatchObject({ code: 'sync.revoked' });
    const revokedRows = (await api.call('audit.list', { limit: 100 })).entries.filter((entry) => entry.action === 'sync.revoked');
    expect(revokedRows).toEqual([expect.objectContaining({ actor: 'system:central', detail: { reason: 'sync.revoked' } })]);
    await core.close();

    ({ api, core } = openCoreClient({ dataDir, syncTiming: timing }));
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'revoked', lastError: 'sync.revoked', queue: { items: 1 } });
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: await issueCode(central, 'AST-01', '3') });
    await drainSync(core);
    expect(await api.call('sync.status', {})).toMatchObject({ connection: 'idle', lastError: null, queue: { items: 0 } });
    expect(agreement(central, dataDir).visitStatuses).toEqual({ sent: 1 });
    await core.close();
    await central.close();
  });

  it('stops on an expired credential as on a revoked one, with its own reason', async () => {
    const dir = tempDir('enrol-expiry');
    const central = await startCentral({ dataDir: join(dir, 'central'), credentials: { lifetimeMs: 0, renewBeforeMs: 0, graceMs: 0 } });
    const { api, core } = await desk(dir, 'desk');
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: await issueCode(central, 'AST-01', '3') });
    expect(await revokedStatus(core, api)).toMatchObject({ connection: 'revoked', lastError: 'sync.credential_expired' });
    await core.close();
    await central.close();
  });
});
