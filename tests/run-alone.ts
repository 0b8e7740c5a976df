import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';

/*
 * Proves that integration tests do not lean on each other: runs a sample of them one by one, each
 * as `vitest -t '<its exact name>'` on its own file, and checks that exactly that one test ran and
 * passed. The sample changes from run to run; the seed it came from is printed, and ALONE_SEED
 * gives the same sample again. ALONE_COUNT sets its size (20); ALONE_FILES (comma-separated file
 * names) runs every test of those files alone instead.
 */

const root = resolve(import.meta.dirname, '..');
const config = 'tests/vitest.config.ts';
const vitestBin = join(root, 'node_modules/vitest/vitest.mjs');
const work = mkdtempSync(join(tmpdir(), 'qabyldau-run-alone-'));
// These read the built app (out/): without `npm run build` they fail whatever the order.
const needsBuild = ['packaging.test.ts', 'electronegativity.test.ts'];

type Listed = { name: string; file: string };
type JsonReport = { testResults: { name: string; assertionResults: { ancestorTitles: string[]; title: string; status: string; failureMessages: string[] }[] }[] };

function vitest(args: string[]) {
  return spawnSync(process.execPath, [vitestBin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
}

/** Every integration test by its full name; collected by running the files, so each name of an `it.each` is there. */
function listTests(files: string[]): Listed[] {
  const out = join(work, 'list.json');
  const listed = vitest(['list', '--config', config, '--staticParse=false', `--json=${out}`, ...files]);
  if (listed.status !== 0 || !existsSync(out)) throw new Error(`vitest list failed:\n${listed.stdout}\n${listed.stderr}`);
  return (JSON.parse(readFileSync(out, 'utf8')) as Listed[]).map(({ name, file }) => ({ name, file: relative(root, file) }));
}

/** mulberry32: a small seeded generator, so a seed names one sample. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Up to `count` tests, one from each of as many files as possible, drawn again round the files
 * when there are fewer files than that. A test alone in its file runs alone whatever it does, so
 * only files of two tests or more are drawn from.
 */
function sample(byFile: Map<string, string[]>, count: number, seed: number): Listed[] {
  const next = random(seed);
  const pools = [...byFile].filter(([, names]) => names.length > 1).map(([file, names]) => ({ file, names: [...names] }));
  for (let i = pools.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pools[i], pools[j]] = [pools[j]!, pools[i]!];
  }
  const picked: Listed[] = [];
  while (picked.length < count && pools.some((pool) => pool.names.length > 0)) {
    for (const pool of pools) {
      if (picked.length === count || pool.names.length === 0) continue;
      const [name] = pool.names.splice(Math.floor(next() * pool.names.length), 1);
      picked.push({ file: pool.file, name: name! });
    }
  }
  return picked;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
/** A property test's name ends with the seed fast-check drew for that run, a new one each run. */
const seedSuffix = / \(with seed=-?\d+\)$/;
const namePattern = (name: string) => `^${escapeRegExp(name.replace(seedSuffix, ''))}${seedSuffix.test(name) ? ' \\(with seed=-?\\d+\\)' : ''}$`;
const sameTest = (ran: string, listed: string) => ran.replace(seedSuffix, '') === listed.replace(seedSuffix, '');

/** Runs one test alone; answers what went wrong, or null when exactly it ran and passed. */
function runAlone(test: Listed, index: number): string | null {
  const out = join(work, `run-${index}.json`);
  const ran = vitest(['run', '--config', config, test.file, '-t', namePattern(test.name), '--reporter=json', `--outputFile=${out}`]);
  if (!existsSync(out)) return `vitest ended (${ran.status}) without a report:\n${ran.stderr.slice(-3000)}`;
  const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
  const results = report.testResults.flatMap((file) => file.assertionResults);
  const ranTests = results.filter((result) => result.status === 'passed' || result.status === 'failed');
  const failed = results.filter((result) => result.status === 'failed');
  if (failed.length > 0) return failed.flatMap((result) => result.failureMessages).join('\n').slice(0, 3000);
  if (ranTests.length !== 1) return `${ranTests.length} tests ran instead of exactly this one`;
  const fullName = [...ranTests[0]!.ancestorTitles, ranTests[0]!.title].join(' > ');
  if (!sameTest(fullName, test.name)) return `another test ran: ${fullName}`;
  // A failing hook or file leaves no failed test behind, only the exit status.
  if (ran.status !== 0) return `vitest exited with ${ran.status}:\n${ran.stderr.slice(-3000)}`;
  return null;
}

function main(): number {
  const started = Date.now();
  const onlyFiles = process.env.ALONE_FILES?.split(',').map((name) => `tests/integration/${name.trim().replace(/\.test\.ts$/, '')}.test.ts`);
  const tests = listTests(onlyFiles ?? ['tests/integration']);
  const byFile = new Map<string, string[]>();
  for (const test of tests) byFile.set(test.file, [...(byFile.get(test.file) ?? []), test.name]);

  // `-t` cannot pick one of two tests of the same name in a file.
  const twins = new Set([...byFile].flatMap(([file, names]) => names.filter((name, i) => names.indexOf(name) !== i).map((name) => `${file} > ${name}`)));
  for (const twin of twins) console.log(`✗ named like another test of its file, so it cannot run alone: ${twin}`);

  const fileCount = byFile.size;
  if (!onlyFiles && !existsSync(join(root, 'out/main/index.js'))) {
    for (const file of byFile.keys()) if (needsBuild.includes(basename(file))) byFile.delete(file);
    console.log(`out/ is not built (npm run build): leaving out ${needsBuild.join(', ')}`);
  }
  const seed = Number(process.env.ALONE_SEED ?? Math.floor(Math.random() * 2 ** 31));
  if (!Number.isSafeInteger(seed)) throw new Error(`ALONE_SEED must be a whole number, not ${process.env.ALONE_SEED}`);
  const chosen = onlyFiles ? tests : sample(byFile, Number(process.env.ALONE_COUNT ?? 20), seed);
  console.log(
    onlyFiles
      ? `${chosen.length} tests of ${onlyFiles.map((file) => basename(file)).join(', ')}, each alone`
      : `${tests.length} integration tests in ${fileCount} files; ${chosen.length} drawn with ALONE_SEED=${seed}, each run alone`,
  );

  let failed = 0;
  chosen.forEach((test, index) => {
    const began = Date.now();
    const problem = runAlone(test, index);
    const seconds = ((Date.now() - began) / 1000).toFixed(1).padStart(5);
    console.log(`${problem ? '✗' : '✓'} ${seconds} s  ${test.file} > ${test.name}`);
    if (problem) {
      failed++;
      console.log(`    npx vitest run --config ${config} ${test.file} -t ${shellQuote(namePattern(test.name))}`);
      // The assertion and where it failed; the rest of a stack is vitest's own.
      console.log(problem.split('\n').slice(0, 12).join('\n').replace(/^/gm, '    '));
    }
  });
  console.log(`${chosen.length - failed} of ${chosen.length} passed alone in ${Math.round((Date.now() - started) / 1000)} s`);
  return failed === 0 && twins.size === 0 ? 0 : 1;
}

try {
  process.exitCode = main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
