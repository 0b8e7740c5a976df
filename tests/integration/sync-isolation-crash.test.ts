import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { startCentral } from '../central/central-server';
import { agreement, ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { bundledFixture } from '../support/bundled-fixture';
import { queuedApplication, uniquePdf } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

const rounds = 30;
const root = resolve(import.meta.dirname, '../..');
let runner = '';

beforeAll(async () => {
  runner = await bundledFixture('sync-runner.ts');
}, 60_000);

/** Runs the sync runner; SIGKILLs it a few ms after its `afterSteps`-th step, or lets it drain. */
function runAndMaybeKill(dataDir: string, afterSteps: number | null): Promise<boolean> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [runner, dataDir, join(root, 'resources')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let steps = 0;
    let drained = false;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'drained') drained = true;
      else if (line !== 'ready') steps++;
      if (afterSteps !== null && steps === afterSteps && (line === 'ready' || afterSteps > 0)) setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 15));
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? resolveRun(drained) : reject(new Error(stderr))));
  });
}

describe('holding back through crashes', () => {
  it(`narrows a refused batch and holds back a refused file's application, each once, when the desk is SIGKILLed ${rounds} times on the way`, async () => {
    const dir = tempDirForTest('sync-isolation-crash');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const dataDir = join(dir, 'desk');
    const { core, api } = openCoreClient({ dataDir, resourcesDir: join(root, 'resources') });
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    const all = [];
    for (let n = 1; n <= 8; n++) all.push(await queuedApplication(api, n));
    const refusedFile = await uniquePdf('a file the server will not take');
    const withFile = await queuedApplication(api, 9, { identity: refusedFile, signed: await uniquePdf('signed 9') });
    await core.close();
    const bad = all[5]!;
    const refusedSha256 = createHash('sha256').update(refusedFile).digest('hex');
    central.faults.set({ refuseBatchesWith: { [bad.applicationId]: 400 }, refuseBlobs: { [refusedSha256]: 422 } });

    // Killed early in each run, so the narrowing is spread over many lives of the desk.
    for (let round = 0; round < rounds; round++) await runAndMaybeKill(dataDir, Math.floor(Math.random() * 4));
    expect(await runAndMaybeKill(dataDir, null)).toBe(true);

    const state = agreement(central, dataDir);
    expect(state.server.map((row) => row.id).sort()).toEqual(all.filter((entry) => entry !== bad).map((entry) => entry.applicationId).sort());
    // The one file the server lacks is the one it refused.
    expect(state).toMatchObject({ local: state.server, waiting: 0, recordedTwice: 0, missingBlobs: [refusedSha256], wrongBlobs: [], visitStatuses: { sent: 7, needs_information: 2 } });
    const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
    const held = db
      .prepare<[], { application_id: string; kind: string; events: number }>(
        `SELECT o.application_id, q.kind,
                (SELECT count(*) FROM visit_events e WHERE e.visit_id = o.visit_id AND e.cause LIKE 'quarantine_%') AS events
           FROM sync_quarantine q JOIN outbox o USING (seq) ORDER BY o.application_id`,
      )
      .all();
    expect(held).toEqual(
      [
        { application_id: bad.applicationId, kind: 'unreadable', events: 1 },
        { application_id: withFile.applicationId, kind: 'file_refused', events: 1 },
      ].sort((a, b) => a.application_id.localeCompare(b.application_id)),
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    await central.close();
  }, 300_000);
});
