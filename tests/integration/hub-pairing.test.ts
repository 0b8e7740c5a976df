import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpsRequest, createServer, type Server } from 'node:https';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToHub, pairWithHub, type HubConnection } from '../../electron/core/hub-link';
import type { Hub } from '../../electron/hub/hub';
import { ADMIN_CREDENTIAL_FILE } from '../../electron/hub/pairing';
import { HUB_DATABASE_FILE } from '../../electron/hub/storage';
import { makeSelfSignedCertificate } from '../../electron/hub/tls';
import { adminPairing, callNext, pairedDesk, setUpCentre, testHub, walkIn } from '../support/hub';
import { tempDirForTest } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});
async function hubIn(label: string, now?: () => Date): Promise<Hub> {
  const hub = await testHub(tempDirForTest(label), now);
  open.push(hub);
  return hub;
}
async function listenOnLoopback(server: Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}
const kept = (connection: HubConnection) => (open.push(connection), connection);

describe('pairing a desk with the hub', () => {
  it('gives the desk its own credential, pins the certificate, and keeps only a hash of the credential', async () => {
    const dir = tempDirForTest('hub-pair');
    const hub = await testHub(dir);
    const { code } = hub.newPairingCode('desk');
    const pairing = await pairWithHub({ url: hub.url, code, deskName: 'Терезе 1' });
    expect(pairing).toMatchObject({ hubId: hub.hubId, fingerprint: hub.fingerprint, role: 'desk' });
    const desk = connectToHub(pairing);
    const admin = connectToHub(adminPairing(hub));
    await setUpCentre(admin, 1);
    expect((await walkIn(desk)).number).toBe('А-001');
    expect((await admin.call('devices')).devices.map((device) => [device.name, device.role])).toEqual(expect.arrayContaining([['Терезе 1', 'desk']]));
    desk.close();
    admin.close();
    await hub.close();

    const db = openWorkstationDb(join(dir, HUB_DATABASE_FILE), dir, { readonly: true });
    const row = db.prepare<[string], { secret_sha256: Buffer }>('SELECT secret_sha256 FROM devices WHERE id = ?').get(pairing.deviceId)!;
    const secret = pairing.credential.split('.')[1]!;
    expect(row.secret_sha256.toString('hex')).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // The database is encrypted: the credential's secret is nowhere in the file in clear.
    expect(readFileSync(join(dir, HUB_DATABASE_FILE)).includes(Buffer.from(secret))).toBe(false);
    expect(readFileSync(join(dir, ADMIN_CREDENTIAL_FILE), 'utf8')).toBe(hub.adminCredential);
  });

  it('refuses a hub that presents any other certificate than the pinned one, and sends it nothing', async () => {
    const hub = await hubIn('hub-pinned');
    const desk = kept(await pairedDesk(hub, 'Терезе 1'));
    await setUpCentre(kept(connectToHub(adminPairing(hub))), 1);
    await expect(walkIn(desk)).resolves.toMatchObject({ number: 'А-001' });

    // Another server at another address with a certificate of its own (a replaced or spoofed hub).
    const other = makeSelfSignedCertificate(`Qabyldau hub ${hub.hubId}`);
    const received: string[] = [];
    const impostor = createServer({ key: other.privateKeyPem, cert: other.certificatePem }, (incoming, answer) => {
      received.push(`${incoming.method} ${incoming.url} ${incoming.headers.authorization ?? ''}`);
      answer.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await listenOnLoopback(impostor);
    const misled = kept(connectToHub({ ...desk.pairing, url: `https://127.0.0.1:${(impostor.address() as { port: number }).port}` }));
    await expect(misled.call('day')).rejects.toMatchObject({ code: 'hub.certificate_mismatch' });
    await expect(walkIn(misled)).rejects.toMatchObject({ code: 'hub.certificate_mismatch' });
    const events: string[] = [];
    const failures: string[] = [];
    const follower = misled.follow({ after: 0, onEvent: (event) => events.push(event.event), onConnection: ({ failure }) => failure && failures.push(failure.code), retryMs: 50 });
    await expect.poll(() => failures.length).toBeGreaterThan(1);
    await follower.close();
    expect(new Set(failures)).toEqual(new Set(['hub.certificate_mismatch']));
    expect(events).toEqual([]);
    // The handshake failed before any request: the impostor never saw one, nor the credential.
    expect(received).toEqual([]);
  });

  it('refuses pairing through a machine in the middle that shows its own certificate', async () => {
    const hub = await hubIn('hub-mitm');
    const fake = makeSelfSignedCertificate('Qabyldau hub');
    // Relays every request to the real hub, as an attacker on the centre's network would.
    const relay = createServer({ key: fake.privateKeyPem, cert: fake.certificatePem }, (incoming, outgoing) => {
      const forward = httpsRequest(new URL(incoming.url!, hub.url), { method: incoming.method, headers: incoming.headers, rejectUnauthorized: false }, (answer) => {
        outgoing.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(outgoing);
      });
      incoming.pipe(forward);
    });
    await listenOnLoopback(relay);
    const port = (relay.address() as { port: number }).port;
    const { code } = hub.newPairingCode('desk');
    await expect(pairWithHub({ url: `https://127.0.0.1:${port}`, code, deskName: 'Терезе 1' })).rejects.toMatchObject({ code: 'hub.pairing_refused' });
    // The code is still good for the desk that reaches the hub itself.
    await expect(pairWithHub({ url: hub.url, code, deskName: 'Терезе 1' })).resolves.toMatchObject({ fingerprint: hub.fingerprint });
  });

  it('takes a code once, refuses a wrong or expired one, and voids live codes after ten wrong tries', async () => {
    let clock = new Date('2026-11-26T09:00:00');
    const hub = await hubIn('hub-codes', () => clock);
    const { code } = hub.newPairingCode('desk');
    await pairWithHub({ url: hub.url, code, deskName: 'Терезе 1' });
    await expect(pairWithHub({ url: hub.url, code, deskName: 'Терезе 2' })).rejects.toMatchObject({ code: 'hub.pairing_refused' });

    const late = hub.newPairingCode('desk');
    clock = new Date('2026-11-26T09:11:00');
    await expect(pairWithHub({ url: hub.url, code: late.code, deskName: 'Терезе 2' })).rejects.toMatchObject({ code: 'hub.pairing_refused' });

    const guessed = hub.newPairingCode('desk');
    const wrong = guessed.code === '0000-0000' ? '1111-1111' : '0000-0000';
    for (let attempt = 0; attempt < 10; attempt++) await expect(pairWithHub({ url: hub.url, code: wrong, deskName: 'Қаскүнем' })).rejects.toMatchObject({ code: 'hub.pairing_refused' });
    await expect(pairWithHub({ url: hub.url, code: guessed.code, deskName: 'Терезе 2' })).rejects.toMatchObject({ code: 'hub.pairing_refused' });
  }, 60_000);

  it('lets each credential do what its role allows, and nothing once revoked', async () => {
    const hub = await hubIn('hub-roles');
    const admin = kept(connectToHub(adminPairing(hub)));
    await setUpCentre(admin, 1);
    const display = kept(await pairedDesk(hub, 'Зал', 'display'));
    const desk = kept(await pairedDesk(hub, 'Терезе 1'));
    await expect(display.call('day')).resolves.toMatchObject({ hubId: hub.hubId });
    await expect(callNext(display, 'w1')).rejects.toMatchObject({ code: 'hub.forbidden' });
    await expect(desk.call('pairingCode', { role: 'supervisor' })).rejects.toMatchObject({ code: 'hub.forbidden' });
    await walkIn(desk);
    await admin.call('revokeDevice', { deviceId: desk.pairing.deviceId });
    await expect(walkIn(desk)).rejects.toMatchObject({ code: 'hub.unauthorized' });
    const forged = kept(connectToHub({ ...desk.pairing, credential: `${desk.pairing.deviceId}.${'A'.repeat(43)}` }));
    await expect(forged.call('day')).rejects.toMatchObject({ code: 'hub.unauthorized' });
  });
});
