import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { CENTRAL_HEADER } from '../../electron/core/sync/central-connection';
import { startCentral } from '../central/central-server';
import { agreement, ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { drainSync } from '../support/core-internals';
import { startFaultProxy } from '../support/fault-proxy';
import { queuedApplication, uniquePdf } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

const timing = { idleMs: 60_000, timeoutMs: 10_000, stallMs: 5_000, backoff: { baseMs: 20, capMs: 200 }, batchItems: 8, uploadChunkBytes: 8 * 1024 * 1024 };
const SEED = Number(process.env.FAULT_PROXY_SEED ?? 20261202);

/** mulberry32: the same cuts for the same seed, so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Sent = { documents: { sha256: string; size: number }[] };

/** What the desk had to send: each distinct file's bytes and each send's JSON, from its own outbox. */
function dataOf(dataDir: string) {
  const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
  const payloads = db.prepare<[], { payload: string }>('SELECT payload FROM outbox').all();
  db.close();
  const files = new Map(payloads.flatMap((row) => (JSON.parse(row.payload) as Sent).documents.map((d) => [d.sha256, d.size] as const)));
  const bytes = [...files.values()].reduce((sum, size) => sum + size, 0) + payloads.reduce((sum, row) => sum + Buffer.byteLength(row.payload), 0);
  return { files, bytes };
}

describe('sync through a network that cuts connections', () => {
  it('sends 30 applications and 59 scans (one of 20 MB) through cuts at random points, each once, every byte the same, and little sent twice', async () => {
    const dir = tempDirForTest('sync-fault-proxy');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const proxy = await startFaultProxy({ targetPort: Number(new URL(central.url).port) });
    const dataDir = join(dir, 'desk');
    const { core, api } = openCoreClient({ dataDir, syncTiming: timing });
    await api.call('sync.pause', { paused: true });
    await api.call('sync.enrol', { server: proxy.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });

    // 30 applications, 60 documents, 59 scans: two applications show the same identity document.
    const shared = await uniquePdf('one identity document, two applications', 40_000);
    const big = await uniquePdf('a 20 MB scan', 20 * 1024 * 1024);
    for (let n = 1; n <= 25; n++) {
      const identity = n <= 2 ? shared : n === 3 ? big : await uniquePdf(`identity ${n}`, 40_000);
      await queuedApplication(api, n, { identity, signed: await uniquePdf(`signed ${n}`, 40_000) });
    }
    const firstData = dataOf(dataDir);

    // Cuts at random points of what goes up (inside the 20 MB scan more often than not, as it is
    // most of the bytes) and of what comes down (answers lost after the server acted).
    const random = seeded(SEED);
    for (let i = 0; i < 12; i++) proxy.cutAfter('up', Math.floor(random() * firstData.bytes));
    for (let i = 0; i < 4; i++) proxy.cutAfter('down', Math.floor(random() * 20_000));
    const drained = drainSync(core);
    await api.call('sync.pause', { paused: false });
    await drained;
    expect(proxy.stats.cuts).toBeGreaterThanOrEqual(12);

    // Then without cuts: the rest of the queue, and a pass that finds nothing left to do.
    proxy.clearCuts();
    for (let n = 26; n <= 30; n++) await queuedApplication(api, n, { identity: await uniquePdf(`identity ${n}`, 40_000), signed: await uniquePdf(`signed ${n}`, 40_000) });
    await drainSync(core);
    await drainSync(core);
    await core.close();

    const data = dataOf(dataDir);
    expect(data.files.size).toBe(59);
    const state = agreement(central, dataDir);
    // Every application on the server once, and nothing the desk calls sent that the server lacks.
    expect(state.local).toHaveLength(30);
    expect(state.server).toEqual(state.local);
    expect(state).toMatchObject({ waiting: 0, recordedTwice: 0, missingBlobs: [], wrongBlobs: [], visitStatuses: { sent: 30 } });
    // Every file byte for byte as the desk has it (the server's copy hashes to the desk's name).
    expect(central.store.blobs().sort()).toEqual([...data.files.keys()].sort());
    const bigOnServer = readFileSync(central.store.blobPath(createHash('sha256').update(big).digest('hex')));
    expect(bigOnServer.equals(big)).toBe(true);
    // The server went through it all and still answers as itself.
    const health = await fetch(`${central.url}/v1/blobs/${'0'.repeat(64)}`, { method: 'HEAD' });
    expect(health.headers.get(CENTRAL_HEADER)).toBe('1');
    // A cut costs what was on its way, not the file from byte 0.
    expect(proxy.bytes.up).toBeLessThanOrEqual(1.2 * data.bytes);
    console.info(`fault proxy (seed ${SEED}): ${proxy.stats.cuts} cuts, ${(proxy.bytes.up / 1024 / 1024).toFixed(1)} MB up for ${(data.bytes / 1024 / 1024).toFixed(1)} MB of data (${(proxy.bytes.up / data.bytes).toFixed(3)}×)`);
    await proxy.close();
    await central.close();
  }, 240_000);
});
