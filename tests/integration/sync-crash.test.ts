import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { decide } from '../central/central-admin';
import { startCentral } from '../central/central-server';
import { agreement, ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { bundledFixture } from '../support/bundled-fixture';
import { tempDir } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

const rounds = Number(process.env.KILL_ROUNDS ?? 300);
const root = resolve(import.meta.dirname, '../..');
let runner = '';

beforeAll(async () => {
  runner = await bundledFixture('sync-runner.ts');
}, 60_000);

type Round = { queued: string[]; drained: boolean };

/** Starts the runner and SIGKILLs it after `afterSteps` steps plus a few ms, or lets it finish. */
function runAndMaybeKill(args: string[], afterSteps: number | null, delayMs: number): Promise<Round> {
  return new Promise((resolveRound, reject) => {
    const child = spawn(process.execPath, [runner, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const round: Round = { queued: [], drained: false };
    let steps = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('queued ')) round.queued.push(line.slice(7));
      else if (line === 'drained') round.drained = true;
      else if (line !== 'ready') steps++;
      if (afterSteps !== null && steps === afterSteps && (line === 'ready' || afterSteps > 0)) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? resolveRound(round) : reject(new Error(stderr))));
  });
}

describe('sync through crashes', () => {
  it(`loses and repeats nothing when the sync loop is SIGKILLed ${rounds} times`, async () => {
    const dir = tempDir('sync-crash');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const dataDir = join(dir, 'desk');
    const { core, api } = openCoreClient({ dataDir });
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    await core.close();

    const confirmed: string[] = [];
    const decided = new Map<string, string>();
    const outcomes = ['accepted', 'rejected', 'needs_information'] as const;
    for (let round = 0; round < rounds; round++) {
      // Every fourth round the desk also finishes a new application before syncing.
      const citizen = round % 4 === 0 ? [String(round + 1)] : [];
      const afterSteps = Math.floor(Math.random() * 6);
      const result = await runAndMaybeKill([dataDir, join(root, 'resources'), ...citizen], afterSteps, Math.floor(Math.random() * 25));
      confirmed.push(...result.queued);
      // Meanwhile the central system publishes bookings and decides on what it holds.
      central.store.addChange('AST-01', 'booking', {
        booking: { date: '2026-11-26', time: '09:00', iin: '881224400009', name: `Азамат ${round}`, service: 'age-pension', code: `BK-${1000 + round}` },
      });
      const undecided = central.store.allApplications().filter((row) => !decided.has(row.id));
      if (round % 3 === 0 && undecided.length > 0) {
        const outcome = outcomes[round % outcomes.length]!;
        decide(central.store, { applicationId: undecided[0]!.id, outcome, reason: outcome === 'accepted' ? null : `Себебі ${round}` });
        decided.set(undecided[0]!.id, outcome);
      }
    }
    const last = await runAndMaybeKill([dataDir, join(root, 'resources')], null, 0);
    expect(last.drained).toBe(true);

    const state = agreement(central, dataDir);
    expect(confirmed.length).toBeGreaterThan(rounds / 8);
    // Nothing lost: every application the desk was told is queued reached the server.
    const held = new Set(state.server.map((row) => row.id));
    expect(confirmed.filter((id) => !held.has(id))).toEqual([]);
    // Nothing duplicated, every file whole, both sides agree item for item.
    expect(state.server).toEqual(state.local);
    expect(state).toMatchObject({ waiting: 0, recordedTwice: 0, missingBlobs: [], wrongBlobs: [] });

    const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Each decision reached its visit once; each booking became one visit.
    for (const [applicationId, outcome] of decided) {
      const row = db.prepare<[string], { status: string; n: number }>(
        `SELECT v.status, (SELECT count(*) FROM visit_events e WHERE e.visit_id = v.id AND e.cause = 'central_decision') AS n
           FROM applications a JOIN visits v ON v.id = a.visit_id WHERE a.id = ?`,
      ).get(applicationId);
      expect(row, applicationId).toEqual({ status: outcome, n: 1 });
    }
    const sentTwice = db.prepare(`SELECT visit_id FROM visit_events WHERE to_status = 'sent' GROUP BY visit_id HAVING count(*) > 1`).all();
    expect(sentTwice).toEqual([]);
    const bookings = db.prepare<[], { n: number; codes: number }>(`SELECT count(*) AS n, count(DISTINCT booking_code) AS codes FROM visits WHERE kind = 'booked'`).get();
    expect(bookings).toEqual({ n: rounds, codes: rounds });
    db.close();
    await central.close();
  }, 1_200_000);
});
