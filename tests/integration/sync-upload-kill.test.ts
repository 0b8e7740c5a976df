import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startCentral } from '../central/central-server';
import { agreement, ENROLMENT_CODE } from '../support/central';
import { bundledFixture } from '../support/bundled-fixture';
import { openCoreClient } from '../support/core-client';
import { deskState, runDesk, unpauseDesk } from '../support/desk-runs';
import { startFaultProxy } from '../support/fault-proxy';
import { queuedApplication, uniquePdf } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';

const MB = 1024 * 1024;
/**
 * The 20 MB scan goes in one PATCH: more than the loopback's buffers hold, so the desk dies with
 * that PATCH's bytes partly sent, partly still on the link, and the rest never sent.
 */
const timing = { stallMs: 10_000, uploadChunkBytes: 32 * MB };

let runner = '';
beforeAll(async () => {
  runner = await bundledFixture('sync-runner.ts');
}, 60_000);

describe('a desk killed in the middle of an upload over a slow link', () => {
  it('resumes when it starts again through the same link, sends little twice, and the server keeps the file once', async () => {
    const dir = tempDirForTest('upload-kill-slow-link');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    // A slow link: 32 KB every 5 ms, with the bytes the desk sent still on their way when it dies;
    // the restarted desk asks where the upload stands (HEAD, sent with Connection: close) while
    // the dead desk's PATCH may still be arriving.
    const proxy = await startFaultProxy({ targetPort: Number(new URL(central.url).port), delayMs: 5, chunkBytes: 32 * 1024 });
    const dataDir = join(dir, 'desk');
    const desk = openCoreClient({ dataDir });
    await desk.api.call('sync.pause', { paused: true });
    await desk.api.call('sync.enrol', { server: proxy.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    const scan = await uniquePdf('a 20 MB identity document', 20 * MB);
    await queuedApplication(desk.api, 1, { identity: scan, signed: await uniquePdf('signed 1') });
    await desk.core.close();
    unpauseDesk(dataDir);

    // Killed while the server is inside the PATCH.
    const killed = await runDesk(runner, dataDir, { timing, killWhen: () => central.stats.requestBodyBytes >= 6 * MB });
    expect(killed).toBe('killed');
    const atKill = deskState(dataDir);
    expect(atKill.uploads).toHaveLength(1);
    expect(central.stats.requestBodyBytes).toBeLessThan(20 * MB);

    // Started again through the same link: it must finish (bounded, so that a hang fails with the desk's steps).
    expect(await runDesk(runner, dataDir, { timing, signal: AbortSignal.timeout(60_000) })).toBe('drained');

    const state = deskState(dataDir);
    expect(state.uploads).toEqual([]);
    // Resumed at the address kept: the large scan was created once (and the small one with its bytes).
    expect(central.stats.requests.createUpload).toBe(2);
    expect(central.stats.requests.uploadOffset).toBeGreaterThanOrEqual(1);
    // What arrived twice is what was on its way when the desk died, not the file from byte 0.
    expect(central.stats.requestBodyBytes).toBeLessThanOrEqual(1.2 * state.bytes);
    expect(agreement(central, dataDir)).toMatchObject({ waiting: 0, recordedTwice: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 1 } });
    expect(readFileSync(central.store.blobPath(createHash('sha256').update(scan).digest('hex'))).equals(scan)).toBe(true);
    // Each file held once, and no partial upload left behind on the server.
    expect(central.store.blobs().sort()).toEqual([...state.files.keys()].sort());
    expect(readdirSync(join(dir, 'central', 'uploads'))).toEqual([]);
    await proxy.close();
    await central.close();
  }, 120_000);
});
