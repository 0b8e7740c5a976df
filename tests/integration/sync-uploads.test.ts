import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { CENTRAL_HEADER } from '../../electron/core/sync/central-connection';
import { EPOCH_HEADER } from '../../electron/core/sync/server-epoch';
import { startCentral, type Central } from '../central/central-server';
import { agreement, ENROLMENT_CODE } from '../support/central';
import { bundledFixture } from '../support/bundled-fixture';
import { openCoreClient } from '../support/core-client';
import { blobPath, drainSync, subscribeSync } from '../support/core-internals';
import { deskState, runDesk, unpauseDesk } from '../support/desk-runs';
import { startFaultProxy } from '../support/fault-proxy';
import { queuedApplication, uniquePdf } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';
import { createUpload, patchUpload, sha256Of, uploadOffset } from '../support/tus-requests';
import { openWorkstationDb } from '../support/workstation-files';

const timing = { idleMs: 60_000, timeoutMs: 10_000, stallMs: 10_000, backoff: { baseMs: 20, capMs: 150 }, uploadChunkBytes: 16 * 1024 * 1024 };
const MB = 1024 * 1024;

async function enrolledDesk(dir: string, central: Central, server = central.url, syncTiming: Record<string, unknown> = timing) {
  const dataDir = join(dir, 'desk');
  const desk = openCoreClient({ dataDir, syncTiming });
  await desk.api.call('sync.pause', { paused: true });
  await desk.api.call('sync.enrol', { server, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
  return { dataDir, ...desk };
}

/** Lets the desk send its queue once unpaused, and waits for a pass that succeeds. */
async function sendAll(desk: Awaited<ReturnType<typeof enrolledDesk>>) {
  const drained = drainSync(desk.core);
  await desk.api.call('sync.pause', { paused: false });
  await drained;
}

let runner = '';
beforeAll(async () => {
  runner = await bundledFixture('sync-runner.ts');
}, 60_000);

describe('resumable uploads of scans (tus)', () => {
  it('resumes a cut upload from the server’s offset: the bytes sent again are few', async () => {
    const dir = tempDirForTest('uploads-cut');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const desk = await enrolledDesk(dir, central);
    await queuedApplication(desk.api, 1, { identity: await uniquePdf('a 6 MB identity document', 6 * MB), signed: await uniquePdf('signed 1') });
    const before = central.stats.requestBodyBytes;
    // Cut twice in the middle of the large file's bytes.
    central.faults.set({ dropAfterBytes: { on: 'uploadChunk', bytes: 2 * MB, times: 2 } });
    await sendAll(desk);
    expect(central.faults.pending()).toBe(false);
    const state = deskState(desk.dataDir);
    const sent = central.stats.requestBodyBytes - before;
    // Each cut cost what was on its way, not the file from byte 0 (which would be 4 MB more).
    expect(sent - state.bytes).toBeLessThan(256 * 1024);
    // Resumed at the same address (asked where it stood), never created anew.
    expect(central.stats.requests.createUpload).toBe(2);
    expect(central.stats.requests.uploadOffset).toBe(2);
    expect(state.uploads).toEqual([]);
    expect(agreement(central, desk.dataDir)).toMatchObject({ waiting: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 1 } });
    await desk.core.close();
    await central.close();
  });

  it('resumes after the desk is killed mid-upload, from the address it kept in its database', async () => {
    const dir = tempDirForTest('uploads-restart');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const desk = await enrolledDesk(dir, central);
    await queuedApplication(desk.api, 1, { identity: await uniquePdf('a 20 MB identity document', 20 * MB), signed: await uniquePdf('signed 1') });
    await desk.core.close();
    unpauseDesk(desk.dataDir);
    expect(await runDesk(runner, desk.dataDir, { killWhen: () => central.stats.requestBodyBytes >= 6 * MB })).toBe('killed');
    const atKill = deskState(desk.dataDir);
    // The address of the cut upload outlived the process.
    expect(atKill.uploads).toHaveLength(1);
    expect(atKill.uploads[0]!.url).toMatch(new RegExp(`^${central.url}/v1/uploads/[0-9a-f]{32}$`));
    expect(central.stats.requestBodyBytes).toBeLessThan(20 * MB);
    expect(await runDesk(runner, desk.dataDir)).toBe('drained');

    const state = deskState(desk.dataDir);
    expect(state.uploads).toEqual([]);
    expect(central.stats.requests.createUpload).toBe(2);
    expect(central.stats.requests.uploadOffset).toBeGreaterThanOrEqual(1);
    expect(central.stats.requestBodyBytes - state.bytes).toBeLessThan(512 * 1024);
    expect(agreement(central, desk.dataDir)).toMatchObject({ waiting: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 1 } });
    await central.close();
  }, 60_000);

  it('refuses an upload that does not hash to its name, and keeps nothing of it', async () => {
    const dir = tempDirForTest('uploads-hash');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const { credential } = central.store.enrol('AST-01', '9', new Date().toISOString());
    const bytes = new Uint8Array([1, 2, 3]);
    const created = await createUpload(central.url, credential, 'a'.repeat(64), bytes.length);
    expect(created.status).toBe(201);
    const patched = await patchUpload(created.url!, credential, 0, bytes);
    expect(patched.status).toBe(422);
    expect(patched.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(patched.body)).toMatchObject({ code: 'blob.hash_mismatch' });
    expect(central.store.blobs()).toEqual([]);
    expect((await uploadOffset(created.url!, credential)).status).toBe(404);
    expect(readdirSync(join(dir, 'central', 'uploads'))).toEqual([]);
    // The same bytes under their own name are kept.
    const good = await createUpload(central.url, credential, sha256Of(bytes), bytes.length);
    expect((await patchUpload(good.url!, credential, 0, bytes)).status).toBe(204);
    expect(central.store.blobs()).toEqual([sha256Of(bytes)]);
    await central.close();
  });

  it('gives up on an upload that makes no progress and resumes it later, but lets a slow one that keeps moving finish', async () => {
    const dir = tempDirForTest('uploads-stall');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const proxy = await startFaultProxy({ targetPort: Number(new URL(central.url).port) });
    // The whole-request limit is far shorter than the uploads take: only silence ends an upload.
    // (The no-progress limit is above the 3 s @tus/server gives a request it takes the lock from.)
    const desk = await enrolledDesk(dir, central, proxy.url, { ...timing, timeoutMs: 1_000, stallMs: 4_000, uploadChunkBytes: 256 * 1024 });
    const failures: string[] = [];
    await queuedApplication(desk.api, 1, { identity: await uniquePdf('identity 1', 2 * MB), signed: await uniquePdf('signed 1') });

    // The server takes the PATCH and then sits on it, reading nothing, for longer than the limit.
    central.faults.set({ stall: { on: 'uploadChunk', ms: 6_000, times: 1 } });
    subscribeSync(desk.core, ({ step }) => {
      if (step === 'state') void desk.api.call('sync.status', {}).then((status) => status.lastError && failures.push(status.lastError));
    });
    await sendAll(desk);
    expect(failures).toContain('sync.unreachable');
    expect(central.stats.requests.uploadOffset).toBeGreaterThanOrEqual(1);

    // A slow link: 3 MB at 64 KB every 50 ms takes well over the no-progress and request limits;
    // each 256 KB the server acknowledges comes well within the no-progress one.
    failures.length = 0;
    proxy.setDelay(50);
    const offsetsBefore = central.stats.requests.uploadOffset ?? 0;
    await queuedApplication(desk.api, 2, { identity: await uniquePdf('identity 2', 3 * MB), signed: await uniquePdf('signed 2') });
    const started = Date.now();
    await drainSync(desk.core);
    expect(Date.now() - started).toBeGreaterThan(4_000);
    expect(failures).toEqual([]);
    expect(central.stats.requests.uploadOffset ?? 0).toBe(offsetsBefore);
    expect(agreement(central, desk.dataDir)).toMatchObject({ waiting: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 2 } });
    await desk.core.close();
    await proxy.close();
    await central.close();
  }, 60_000);

  it('holds back only the applications whose file is refused (413, 422) or cannot be read on the desk', async () => {
    const dir = tempDirForTest('uploads-isolation');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const desk = await enrolledDesk(dir, central);
    const files = [await uniquePdf('too large'), await uniquePdf('refused'), await uniquePdf('lost on the desk')];
    const [tooLarge, refused, lost] = files.map((file) => sha256Of(file));
    const held = [];
    for (const [n, identity] of files.entries()) held.push(await queuedApplication(desk.api, n + 1, { identity, signed: await uniquePdf(`signed ${n + 1}`) }));
    for (let n = 4; n <= 6; n++) await queuedApplication(desk.api, n);
    central.faults.set({ refuseBlobs: { [tooLarge!]: 413, [refused!]: 422 } });
    rmSync(blobPath(desk.core, lost!));
    await sendAll(desk);

    const db = openWorkstationDb(join(desk.dataDir, DATABASE_FILE), desk.dataDir, { readonly: true });
    const quarantined = db
      .prepare<[], { application_id: string; kind: string; status: number; code: string | null; sha256: string }>('SELECT o.application_id, q.kind, q.status, q.code, q.sha256 FROM sync_quarantine q JOIN outbox o USING (seq) ORDER BY o.application_id')
      .all();
    db.close();
    expect(quarantined).toEqual(
      [
        { application_id: held[0]!.applicationId, kind: 'file_too_large', status: 413, code: 'blob.too_large', sha256: tooLarge },
        { application_id: held[1]!.applicationId, kind: 'file_refused', status: 422, code: 'blob.hash_mismatch', sha256: refused },
        { application_id: held[2]!.applicationId, kind: 'file_refused', status: 422, code: 'desk.scan_unreadable', sha256: lost },
      ].sort((a, b) => a.application_id.localeCompare(b.application_id)),
    );
    const state = agreement(central, desk.dataDir);
    expect(state).toMatchObject({ waiting: 0, wrongBlobs: [], visitStatuses: { sent: 3, needs_information: 3 } });
    // The server lacks exactly the files held back.
    expect(state.missingBlobs.sort()).toEqual([tooLarge, refused, lost].sort());
    expect(central.store.blobs()).not.toContain(tooLarge);
    expect(central.store.blobs()).not.toContain(refused);
    await desk.core.close();
    await central.close();
  });

  it('answers no tus request without a device credential, and no device at another’s upload', async () => {
    const dir = tempDirForTest('uploads-auth');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const own = central.store.enrol('AST-01', '1', new Date().toISOString());
    const other = central.store.enrol('AST-01', '2', new Date().toISOString());
    const bytes = new Uint8Array([4, 5, 6, 7]);
    const sha256 = sha256Of(bytes);

    for (const credential of [null, 'x'.repeat(40)]) {
      const refused = await createUpload(central.url, credential, sha256, bytes.length);
      expect(refused.status).toBe(401);
      expect(refused.headers.get(CENTRAL_HEADER)).toBe('1');
      expect(refused.headers.get(EPOCH_HEADER)).toBe(central.store.epoch());
      expect(JSON.parse(refused.body)).toMatchObject({ code: 'device.unknown' });
    }
    const created = await createUpload(central.url, own.credential, sha256, bytes.length);
    expect(created.status).toBe(201);
    expect(created.headers.get(CENTRAL_HEADER)).toBe('1');
    expect(created.headers.get(EPOCH_HEADER)).toBe(central.store.epoch());
    expect((await uploadOffset(created.url!, null)).status).toBe(401);
    expect((await patchUpload(created.url!, null, 0, bytes)).status).toBe(401);
    expect((await uploadOffset(created.url!, other.credential)).status).toBe(404);
    expect((await patchUpload(created.url!, other.credential, 0, bytes)).status).toBe(404);
    expect(central.store.blobs()).toEqual([]);
    // Metadata that does not name the file is refused before any byte.
    const unnamed = await fetch(`${central.url}/v1/uploads`, { method: 'POST', headers: { authorization: `Bearer ${own.credential}`, 'tus-resumable': '1.0.0', 'upload-length': '4' } });
    expect(unnamed.status).toBe(400);
    expect(await unnamed.json()).toMatchObject({ code: 'upload.metadata' });
    expect((await patchUpload(created.url!, own.credential, 0, bytes)).status).toBe(204);
    expect(central.store.blobs()).toEqual([sha256]);
    await central.close();
  });
});
