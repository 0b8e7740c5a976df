/**
 * Lookup of visits by IIN prefix and by name prefix with 1,000,000 visits stored: the core's
 * `search.visits` (contract validation, repository, mapping) beside the same SQL run raw on
 * better-sqlite3 in the same process, so the ratio holds however noisy the machine is.
 *   npm run bench:lookup            (BENCH_VISITS=200000 for a quicker run)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openSignedInCore } from '../support/core-client';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { visitSearchQuery } from '../../electron/core/storage/visit-search-repository';
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

  const core = await openSignedInCore({ dataDir: dir });
  // A refused or failed search would time the refusal: every answer must be a result.
  const search = async (text: string) => {
    const answer = await core.dispatch('search.visits', { text });
    if (!answer.ok) throw new Error(`search.visits failed: ${answer.error.code}`);
    return answer;
  };
  const iinQueries = Array.from({ length: rounds }, (_, i) => iins[i % iins.length]!.slice(0, 9));
  const nameQueries = Array.from({ length: rounds }, (_, i) => `${surnames[i % surnames.length]!.slice(0, 5).toLowerCase()} ${givenNames[(i * 7) % givenNames.length]!.slice(0, 3).toLowerCase()}`);
  // The raw side runs the very SQL the repository builds, prepared once, without the contract around it.
  const raw = (text: string) => {
    const query = visitSearchQuery({ text }, MAX_SEARCH_RESULTS)!;
    return db.prepare(query.sql).all(...query.params);
  };

  const report = (label: string, core: { p50: number; p95: number }, raw: { p50: number; p95: number }) =>
    console.log(
      `${label.padEnd(22)} core p50 ${core.p50.toFixed(3)} ms p95 ${core.p95.toFixed(3)} ms | raw p50 ${raw.p50.toFixed(3)} ms p95 ${raw.p95.toFixed(3)} ms | ratio p50 ${(core.p50 / raw.p50).toFixed(2)} p95 ${(core.p95 / raw.p95).toFixed(2)}`,
    );
  // Warm both paths on the same pages first, so neither pays for the cold cache alone.
  await timeEach(iinQueries.slice(0, 20), search);
  const rawIinTimes = await timeEach(iinQueries, raw);
  const coreIinTimes = await timeEach(iinQueries, search);
  report('IIN prefix (9 digits)', coreIinTimes, rawIinTimes);
  await timeEach(nameQueries.slice(0, 20), search);
  const rawNameTimes = await timeEach(nameQueries, raw);
  const coreNameTimes = await timeEach(nameQueries, search);
  report('name prefix (2 words)', coreNameTimes, rawNameTimes);
  core.close();
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
