/**
 * Lookup of visits by IIN prefix and by name prefix (one word, two words) with 1,000,000 visits
 * stored: the core's `search.visits` (contract validation, repository, mapping, audit row) beside
 * the repository's statements run raw on better-sqlite3 in the same process, so the ratio holds
 * however noisy the machine is, and the goal for each.
 *   npm run bench:lookup            (BENCH_VISITS=200000 for a quicker run)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openSignedInCore } from '../support/core-client';
import { DATABASE_FILE, PAGE_CACHE_KIB } from '../../electron/core/storage/database';
import { namesMatchQuery } from '../../electron/core/storage/search-query';
import { createVisitSearchRepository } from '../../electron/core/storage/visit-search-repository';
import { MAX_SEARCH_RESULTS } from '../../shared/contract/methods/intake-methods';
import { sampleIin } from '../support/bookings-file';
import { openWorkstationDb } from '../support/workstation-files';
import { openTestCore } from '../support/core-internals';

const total = Number(process.env.BENCH_VISITS ?? 1_000_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 300);
const surnames = ['Сәрсенбаев', 'Әбілқайыров', 'Нұрғалиев', 'Құдайбергенов', 'Өтепов', 'Ұлықбеков', 'Иванов', 'Жұмабаев', 'Һарунов', 'Ғабитов', 'Ахметов', 'Омаров', 'Сұлтанов', 'Бекмұхамбетов', 'Қасымов', 'Тоқаев', 'Есенов', 'Мұратов', 'Шәкәрімов', 'Ильин'];
const givenNames = ['Әлия', 'Ғалымжан', 'Қайрат', 'Нұрлан', 'Өмірзақ', 'Ұлан', 'Үміт', 'Ірина', 'Бауыржан', 'Дана', 'Айгүл', 'Ерлан', 'Жанар', 'Мадина', 'Серік', 'Гүлнар', 'Асхат', 'Динара', 'Тимур', 'Салтанат'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeEach(queries: string[], run: (query: string) => unknown): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (const query of queries) {
    const start = process.hrtime.bigint();
    await run(query);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const dir = mkdtempSync(join(tmpdir(), 'qabyldau-bench-'));
try {
  await openTestCore({ dataDir: dir }).close();
  const db = openWorkstationDb(join(dir, DATABASE_FILE), dir);
  // The raw side keeps as many pages decrypted as the core's connection does.
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  console.log(`filling ${total.toLocaleString('en')} visits…`);
  const fillStart = Date.now();
  const insert = db.prepare(
    `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
     VALUES (?, ?, ?, ?, '1', 'walk-in', ?, ?, 'accepted')`,
  );
  const iins: string[] = [];
  db.transaction(() => {
    for (let n = 0; n < total; n++) {
      const day = new Date(Date.UTC(2024, 0, 1) + (n % 700) * 86_400_000).toISOString().slice(0, 10);
      const iin = sampleIin(n);
      if (n % 997 === 0) iins.push(iin);
      const name = `${surnames[n % surnames.length]} ${givenNames[Math.floor(n / surnames.length) % givenNames.length]} ${n}`;
      insert.run(uuidv7(), `${day}T05:00:00.000Z`, `${day}T05:00:00.000Z`, day, name, iin);
    }
  })();
  console.log(`filled in ${((Date.now() - fillStart) / 1000).toFixed(1)} s`);
  // A desk's database grows a visit at a time, its write-ahead log checkpointed every few megabytes;
  // the fill above is one transaction, which leaves the whole database in the log: put it in the file.
  db.pragma('wal_checkpoint(TRUNCATE)');

  const core = await openSignedInCore({ dataDir: dir });
  // A refused or failed search would time the refusal: every answer must be a result.
  const search = async (text: string) => {
    const answer = await core.dispatch('search.visits', { text });
    if (!answer.ok) throw new Error(`search.visits failed: ${answer.error.code}`);
    return answer;
  };
  // The raw side runs the repository's own statements on better-sqlite3, without the contract, dispatch and audit around them.
  const repository = createVisitSearchRepository(db);
  const raw = (text: string) => repository.search({ text }, MAX_SEARCH_RESULTS);
  const surnamePrefix = (i: number) => surnames[i % surnames.length]!.slice(0, 5).toLowerCase();
  const givenPrefix = (i: number) => givenNames[(i * 7) % givenNames.length]!.slice(0, 3).toLowerCase();
  const lookups: { label: string; goalP95: number; queries: string[] }[] = [
    { label: 'IIN prefix (9 digits)', goalP95: 5, queries: Array.from({ length: rounds }, (_, i) => iins[i % iins.length]!.slice(0, 9)) },
    { label: 'name prefix (1 word)', goalP95: 10, queries: Array.from({ length: rounds }, (_, i) => surnamePrefix(i)) },
    { label: 'name prefix (2 words)', goalP95: 10, queries: Array.from({ length: rounds }, (_, i) => `${surnamePrefix(i)} ${givenPrefix(i)}`) },
    // The sets above repeat every 20 queries, so their rows stay in the page cache; here no pair comes twice.
    {
      label: 'name prefix (2 words, no pair twice)',
      goalP95: 10,
      queries: Array.from({ length: rounds }, (_, i) => `${surnamePrefix(i)} ${givenPrefix(i + Math.floor(i / surnames.length) * 3)}`),
    },
  ];

  // Fast and wrong would not do: the answer must be the newest matches, as sorting all of them finds them.
  const slowNewest = db.prepare(
    `SELECT v.id FROM visits v WHERE v.seq IN (SELECT rowid % 10000000000 FROM visit_search WHERE visit_search MATCH ?)
      ORDER BY v.day DESC, v.created_at DESC, v.seq DESC LIMIT ?`,
  ).pluck();
  for (const text of [surnamePrefix(0), `${surnamePrefix(1)} ${givenPrefix(1)}`]) {
    const expected = slowNewest.all(namesMatchQuery(text), MAX_SEARCH_RESULTS);
    const found = ((await search(text)).value as { visits: { id: string }[] }).visits.map((visit) => visit.id);
    if (JSON.stringify(found) !== JSON.stringify(expected)) throw new Error(`«${text}» did not find the newest ${MAX_SEARCH_RESULTS} matches`);
  }

  const ms = (value: number) => `${value.toFixed(3)} ms`;
  for (const { label, goalP95, queries } of lookups) {
    // Each side has its own connection and page cache: both are warmed on the same queries first.
    await timeEach(queries.slice(0, 20), search);
    await timeEach(queries.slice(0, 20), raw);
    const rawTimes = await timeEach(queries, raw);
    const coreTimes = await timeEach(queries, search);
    console.log(
      `${label.padEnd(36)} core p50 ${ms(coreTimes.p50)} p95 ${ms(coreTimes.p95)} | raw p50 ${ms(rawTimes.p50)} p95 ${ms(rawTimes.p95)}` +
        ` | ratio p50 ${(coreTimes.p50 / rawTimes.p50).toFixed(2)} p95 ${(coreTimes.p95 / rawTimes.p95).toFixed(2)}` +
        ` | goal core p95 <= ${goalP95} ms: ${coreTimes.p95 <= goalP95 ? 'met' : 'NOT met'}`,
    );
  }
  core.close();
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
