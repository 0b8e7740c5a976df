/**
 * The centre's hub under a day's load: the hub runs alone as `npm run hub` does (its own process),
 * 40 paired windows (in this process, each its own credential and HTTPS connections on loopback)
 * serve 2,000 tickets two receptions issue meanwhile, and a hall display follows the event stream.
 * Prints p50/p95 from pressing "call next" to the call seen on the display, beside a bare HTTPS
 * round trip to the same hub (`GET /v1/hello`) measured in the same run, at rest and under the load.
 *   npm run bench:hub        (BENCH_WINDOWS=40, BENCH_TICKETS=2000 by default)
 * Exits non-zero if a ticket was called twice or a call never reached the display; the timing is
 * printed against the issue's goal (p95 ≤ 200 ms), never asserted.
 */
import { spawn } from 'node:child_process';
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { connectToHub, type HubConnection, type HubPairing } from '../../electron/core/hub-link';
import type { DeskTicket } from '../../shared/hub';
import { issueNth, pairVia, percentile, setUpBusyCentre, watchCalls } from '../support/hub-load';

const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 40);
const TICKETS = Number(process.env.BENCH_TICKETS ?? 2000);
const RECEPTIONS = 2;
/** A window's "service" between its call and its finish: short, so the day fits in a bench run. */
const SERVICE_MS = { min: 5, max: 40 };
const GOAL_P95_MS = 200;
const root = join(tmpdir(), `qabyldau-bench-hub-${process.pid}`);
const projectRoot = resolve(import.meta.dirname, '../..');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const ms = (value: number) => `${value.toFixed(1)} ms`;

// 1. The hub in its own process, as a centre machine runs it.
const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'electron/hub/main.ts'), '--data', root, '--host', '127.0.0.1', '--port', '0', '--pair', 'display'], {
  cwd: projectRoot,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise<number>((done, fail) => {
  child.once('exit', (code) => fail(new Error(`the hub exited with ${code}`)));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const ready = /\[hub\] ready port=(\d+)/.exec(line);
    if (ready) done(Number(ready[1]));
  });
});
const url = `https://127.0.0.1:${port}`;
const certificatePem = readFileSync(join(root, 'hub-tls.crt'), 'utf8');
const fingerprint = createHash('sha256').update(new X509Certificate(certificatePem).raw).digest('hex');
const bare: HubPairing = { url, hubId: 'hub-unknown', fingerprint, certificatePem, deviceId: 'admin', role: 'supervisor', credential: readFileSync(join(root, 'admin.credential'), 'utf8').trim() };
const probe = connectToHub(bare);
const { hubId } = await probe.call('hello');
const admin = connectToHub({ ...bare, hubId });
const windowIds = await setUpBusyCentre(admin, WINDOWS);

const pairingStarted = performance.now();
const windows: HubConnection[] = [];
for (const windowId of windowIds) windows.push(connectToHub(await pairVia(admin, url, `Терезе ${windowId}`)));
const receptions: HubConnection[] = [];
for (let n = 1; n <= RECEPTIONS; n++) receptions.push(connectToHub(await pairVia(admin, url, `Тіркеу ${n}`)));
const display = await pairVia(admin, url, 'Зал', 'display');
console.log(`hub pid ${child.pid} on ${url}; paired ${WINDOWS} windows, ${RECEPTIONS} receptions and a display in ${((performance.now() - pairingStarted) / 1000).toFixed(1)} s`);

/** Round trips of `GET /v1/hello` (no credential, no database) until `stop` says so, spaced by `gapMs`. */
async function roundTrips(stop: () => boolean, gapMs: number, atMost = Infinity): Promise<number[]> {
  const times: number[] = [];
  while (!stop() && times.length < atMost) {
    const started = performance.now();
    await probe.call('hello');
    times.push(performance.now() - started);
    await sleep(gapMs);
  }
  return times;
}

// 2. The baseline at rest.
await roundTrips(() => false, 0, 50);
const restBaseline = await roundTrips(() => false, 5, 300);

// 3. The day: receptions issue, windows call and finish, the display watches, the baseline goes on.
const hall = watchCalls(display, (await admin.call('day')).lastEventId);
while (!hall.connected()) await sleep(10);
const pressed = new Map<string, { at: number; windowId: string }>();
const calledTwice: string[] = [];
let issuedCount = 0;
let finishedCount = 0;
let emptyCalls = 0;
const dayStarted = performance.now();

// The doors open on a queue: a fifth of the day is checked in before the windows start calling.
const morning = Math.floor(TICKETS / 5);
const issueFrom = (first: number) =>
  receptions.map(async (desk, r) => {
    for (let n = first + r; n <= (first === 1 ? morning : TICKETS); n += RECEPTIONS) {
      await issueNth(desk, n);
      issuedCount++;
    }
  });
await Promise.all(issueFrom(1));
const receptionWork = issueFrom(morning + 1);

const windowWork = windows.map(async (desk, i) => {
  const windowId = windowIds[i]!;
  while (finishedCount < TICKETS) {
    const at = performance.now();
    const { ticket }: { ticket: DeskTicket | null } = await desk.call('callNext', { requestId: randomUUID(), windowId, operator: `op-${i + 1}` });
    if (ticket === null) {
      emptyCalls++;
      // Nothing for this window yet: the operator looks up and presses again a little later.
      await sleep(issuedCount < TICKETS ? 100 : 20);
      continue;
    }
    if (pressed.has(ticket.id)) calledTwice.push(ticket.number);
    pressed.set(ticket.id, { at, windowId });
    await sleep(SERVICE_MS.min + Math.random() * (SERVICE_MS.max - SERVICE_MS.min));
    await desk.call('finish', { requestId: randomUUID(), windowId, ticketId: ticket.id, operator: `op-${i + 1}` });
    finishedCount++;
  }
});

let dayOver = false;
const loadedBaseline = roundTrips(() => dayOver, 20);
await Promise.all([...receptionWork, ...windowWork]);
const daySeconds = (performance.now() - dayStarted) / 1000;
const missing = await hall.until(pressed.keys());
dayOver = true;
const underLoad = await loadedBaseline;

// 4. What the display saw, and what the hub counted.
const latencies = [...pressed].flatMap(([id, { at }]) => (hall.seen.has(id) ? [hall.seen.get(id)!.at - at] : []));
const wrongWindow = [...pressed].filter(([id, { windowId }]) => hall.seen.has(id) && hall.seen.get(id)!.windowId !== windowId).length;
const figures = await windows[0]!.call('figures');
const callP95 = percentile(latencies, 0.95);
const loadedP95 = percentile(underLoad, 0.95);

await hall.close();
for (const connection of [...windows, ...receptions, admin, probe]) connection.close();
child.kill('SIGTERM');
await new Promise((done) => child.once('exit', done));
rmSync(root, { recursive: true, force: true });

console.log(`day: ${issuedCount} tickets issued, ${pressed.size} called, ${finishedCount} finished by ${WINDOWS} windows in ${daySeconds.toFixed(1)} s (${(pressed.size / daySeconds).toFixed(0)} calls/s; ${emptyCalls} presses found nothing yet)`);
console.log(`hub's figures: median wait ${figures.centre.waiting.medianSeconds} s, p90 ${figures.centre.waiting.p90Seconds} s; ${figures.centre.finished} served`);
console.log(`baseline GET /v1/hello at rest:      p50 ${ms(percentile(restBaseline, 0.5))}  p95 ${ms(percentile(restBaseline, 0.95))}  (${restBaseline.length} round trips)`);
console.log(`baseline GET /v1/hello under load:   p50 ${ms(percentile(underLoad, 0.5))}  p95 ${ms(loadedP95)}  (${underLoad.length} round trips)`);
console.log(
  `"call next" → seen on the display:  p50 ${ms(percentile(latencies, 0.5))}  p95 ${ms(callP95)}  max ${ms(Math.max(...latencies))}  (${latencies.length} calls)` +
    `  ratio p95 to loaded baseline p95 ${(callP95 / loadedP95).toFixed(2)}`,
);
console.log(`goal p95 ≤ ${GOAL_P95_MS} ms: ${callP95 <= GOAL_P95_MS ? 'met' : 'NOT met'} on this machine`);
console.log(`called twice: ${calledTwice.length}; calls the display never saw: ${missing.length}; seen at another window: ${wrongWindow}; seen twice: ${hall.twice.length}`);
if (calledTwice.length > 0 || missing.length > 0 || wrongWindow > 0 || hall.twice.length > 0 || pressed.size !== TICKETS) process.exitCode = 1;
