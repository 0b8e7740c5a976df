/**
 * Start with 1,000,000 visits stored: the core opened on the database (check at start, migrations,
 * every feature) and its first calls (`health.get`, then `visits.listForDay` once signed in),
 * beside a raw better-sqlite3 open of the same file with the key and one trivial query, in the
 * same run. Then the full integrity check the core runs in the background, and the desk's calls
 * while it runs. The database is built once per size through the real core plus raw inserts, and
 * kept in the temp folder for later runs.
 *   npm run bench:start            (BENCH_VISITS=200000 for a quicker run, BENCH_ROUNDS=5)
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { openCore, type Core } from '../../electron/core/core';
import { applyKey, DATABASE_FILE } from '../../electron/core/storage/database';
import { checkIntegrity } from '../../electron/core/storage/integrity-check';
import { migrations } from '../../electron/core/storage/migrations';
import { sampleIin } from '../support/bookings-file';
import { openSignedInCore, testSupervisor } from '../support/core-client';
import { openWorkstationDb, storeKeyOf } from '../support/workstation-files';

const total = Number(process.env.BENCH_VISITS ?? 1_000_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const GOAL_MS = 1000;
const DAYS = 700;
const day = '2024-01-01';
const surnames = ['Сәрсенбаев', 'Әбілқайыров', 'Нұрғалиев', 'Құдайбергенов', 'Өтепов', 'Ұлықбеков', 'Иванов', 'Жұмабаев', 'Һарунов', 'Ғабитов'];
const givenNames = ['Әлия', 'Ғалымжан', 'Қайрат', 'Нұрлан', 'Өмірзақ', 'Ұлан', 'Үміт', 'Ірина', 'Бауыржан', 'Дана'];

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fixed = (value: number) => value.toFixed(value < 10 ? 2 : 0);

/** The database for this size: built once (the core sets the desk up, raw inserts add the visits), then reused. */
async function benchDatabase(): Promise<string> {
  const dir = join(tmpdir(), `qabyldau-bench-start-${total}-v${migrations.at(-1)!.version}`);
  const ready = join(dir, 'bench-ready');
  if (existsSync(ready)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const core = await openSignedInCore({ dataDir: dir });
  await core.close();
  const db = openWorkstationDb(join(dir, DATABASE_FILE), dir);
  console.log(`filling ${total.toLocaleString('en')} visits (once for this size, kept in ${dir})…`);
  const started = Date.now();
  const insert = db.prepare(
    `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
     VALUES (?, ?, ?, ?, '1', 'walk-in', ?, ?, 'accepted')`,
  );
  db.transaction(() => {
    for (let n = 0; n < total; n++) {
      const visitDay = new Date(Date.UTC(2024, 0, 1) + (n % DAYS) * 86_400_000).toISOString().slice(0, 10);
      const name = `${surnames[n % surnames.length]} ${givenNames[Math.floor(n / surnames.length) % givenNames.length]} ${n}`;
      insert.run(uuidv7(), `${visitDay}T05:00:00.000Z`, `${visitDay}T05:00:00.000Z`, visitDay, name, sampleIin(n));
    }
  })();
  db.close();
  console.log(`filled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  writeFileSync(ready, new Date().toISOString());
  return dir;
}

type CoreRound = { open: number; health: number; signIn: number; list: number; visits: number };

/** The core opened as the app opens it, and its first calls, each timed. */
async function coreRound(dataDir: string): Promise<CoreRound> {
  let started = process.hrtime.bigint();
  const core = openCore({ dataDir });
  const open = ms(started);
  try {
    started = process.hrtime.bigint();
    const health = await core.dispatch('health.get', {});
    const healthMs = ms(started);
    if (!health.ok || (health.value as { database: string }).database !== 'ok') throw new Error('health.get did not answer ok');
    started = process.hrtime.bigint();
    const signedIn = await core.dispatch('session.signIn', { login: testSupervisor.login, secret: testSupervisor.secret });
    const signIn = ms(started);
    if (!signedIn.ok) throw new Error(`session.signIn failed: ${signedIn.error.code}`);
    started = process.hrtime.bigint();
    const listed = await core.dispatch('visits.listForDay', { day });
    const list = ms(started);
    if (!listed.ok) throw new Error(`visits.listForDay failed: ${listed.error.code}`);
    return { open, health: healthMs, signIn, list, visits: (listed.value as { visits: unknown[] }).visits.length };
  } finally {
    await core.close();
  }
}

/** What the core is measured against: the driver opening the same file with the key, and `SELECT 1`. */
function rawRound(file: string, key: Buffer): number {
  const started = process.hrtime.bigint();
  const db = new Database(file);
  applyKey(db, key);
  db.prepare('SELECT 1').get();
  const took = ms(started);
  db.close();
  return took;
}

/** `visits.listForDay` answered again and again until `until` settles: how the desk answers meanwhile. */
async function callsWhile(core: Core, until: Promise<unknown>): Promise<{ calls: number; median: number; max: number }> {
  let settled = false;
  void until.then(() => (settled = true));
  const times: number[] = [];
  while (!settled) {
    const started = process.hrtime.bigint();
    const answer = await core.dispatch('visits.listForDay', { day });
    times.push(ms(started));
    if (!answer.ok) throw new Error(`visits.listForDay failed: ${answer.error.code}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return { calls: times.length, median: median(times), max: Math.max(...times) };
}

const dataDir = await benchDatabase();
const file = join(dataDir, DATABASE_FILE);
const key = storeKeyOf(dataDir);
console.log(`database: ${total.toLocaleString('en')} visits, ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB (warm page cache: the file was just written or read)`);

// One of each first, so neither side pays alone for the first read of the file into the cache.
await coreRound(dataDir);
rawRound(file, key);
const coreRounds: CoreRound[] = [];
const rawRounds: number[] = [];
for (let n = 0; n < rounds; n++) {
  rawRounds.push(rawRound(file, key));
  coreRounds.push(await coreRound(dataDir));
}
const firstCall = coreRounds.map((round) => round.open + round.health + round.list);
const of = (pick: (round: CoreRound) => number) => fixed(median(coreRounds.map(pick)));
console.log(`raw open + SELECT 1      median ${fixed(median(rawRounds))} ms (${rawRounds.map(fixed).join(', ')})`);
console.log(
  `core open                median ${of((round) => round.open)} ms | health.get ${of((round) => round.health)} ms | visits.listForDay ${of((round) => round.list)} ms (${coreRounds[0]!.visits} visits) | sign-in ${of((round) => round.signIn)} ms (scrypt, not counted)`,
);
console.log(`core open + first calls  median ${fixed(median(firstCall))} ms (${firstCall.map(fixed).join(', ')}) | ratio to raw ${(median(firstCall) / median(rawRounds)).toFixed(1)}`);
console.log(`goal ≤ ${GOAL_MS} ms: ${median(firstCall) <= GOAL_MS ? 'met' : 'NOT met'} (worst round ${fixed(Math.max(...firstCall))} ms)`);

// The full check as the core runs it after start: a worker thread on its own read-only connection.
const core = await openSignedInCore({ dataDir, integrityTiming: { afterStartMs: 3_600_000 } });
const alone = await callsWhile(core, new Promise((done) => setTimeout(done, 1_000)));
const started = process.hrtime.bigint();
const check = checkIntegrity(file, key).result.then((result) => ({ result, took: ms(started) }));
const during = await callsWhile(core, check);
const { result, took } = await check;
await core.close();
if (result.state !== 'ok') throw new Error(`integrity check: ${result.state}`);
console.log(`background integrity check ${(took / 1000).toFixed(1)} s (${result.state}): what every start used to wait for before the database opened`);
console.log(
  `visits.listForDay meanwhile: ${during.calls} calls, median ${fixed(during.median)} ms, max ${fixed(during.max)} ms | without the check: median ${fixed(alone.median)} ms, max ${fixed(alone.max)} ms`,
);
