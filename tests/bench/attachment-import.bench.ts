/**
 * Import of about 1 GB of scans of mixed sizes (PDFs of 1 to 20 MB, PNG and JPEG photos) into
 * the core, beside `cp` of the same files in the same run, and `cp` followed by `sync`, since the
 * import makes every file durable before it answers and plain `cp` does not. The files are
 * imported as the desk takes a batch, `scansStoredAtOnce` at a time (several files dropped on the
 * documents panel, a scanner's batch in its folder), and, for comparison, one at a time. The core
 * runs in a process of its own (this file again, with BENCH_IMPORT_FROM set), so that its peak
 * resident memory and processor time are the core's, not those of making the files.
 * Goal (issue 18): at most 2× the time of cp + sync, checks and encryption included; peak RSS of
 * the core under 400 MB.
 *   npm run bench:attachments        (BENCH_BYTES=1073741824, BENCH_ROUNDS=5 by default)
 */
import { execFileSync, spawn } from 'node:child_process';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { scansStoredAtOnce } from '../../shared/domain/scan-limits';
import { completeFields } from '../support/finished-application';
import { stepLeftovers } from './leftovers';
import { openCoreClient } from '../support/core-client';
import { importAttachmentFile } from '../support/core-internals';
import { jpegBytes, pngBytes, scannedPdf } from '../support/sample-files';

if (process.env.BENCH_IMPORT_FROM) {
  await importInThisProcess(JSON.parse(process.env.BENCH_IMPORT_FROM) as { files: string[]; dataDir: string; atOnce: number });
  process.exit(0);
}

const totalBytes = Number(process.env.BENCH_BYTES ?? 1024 ** 3);
const root = join(tmpdir(), `qabyldau-bench-import-${process.pid}`);
const sources = join(root, 'scans');
mkdirSync(sources, { recursive: true });

let made = 0;
const files: string[] = [];
let seed = 1;
const started = Date.now();
while (made < totalBytes) {
  const kind = seed % 10;
  let bytes: Uint8Array;
  let name: string;
  if (kind < 7) {
    const pages = 1 + (seed % 4);
    bytes = await scannedPdf(pages, Math.round(((1 + (seed * 7919) % 20) * 1024 * 1024) / pages));
    name = `scan-${seed}.pdf`;
  } else if (kind < 9) {
    bytes = pngBytes(600 + (seed % 400), 500, seed);
    name = `photo-${seed}.png`;
  } else {
    bytes = jpegBytes(1200, 900, seed);
    name = `photo-${seed}.jpg`;
  }
  const path = join(sources, name);
  writeFileSync(path, bytes);
  files.push(path);
  made += bytes.length;
  seed++;
}
console.log(`made ${files.length} files, ${(made / 1024 ** 2).toFixed(0)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s`);

function timed(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const copy = (target: string) => {
  mkdirSync(target);
  execFileSync('cp', [...files, target]);
};
const cpSeconds = timed(() => copy(join(root, 'cp')));
// Every step starts right after the step before's files were removed: see leftovers.ts.
const leftovers = stepLeftovers(root);
leftovers.add(join(root, 'cp'));
const cpSync = (target: string) => {
  const path = join(root, target);
  leftovers.clear();
  const seconds = timed(() => {
    copy(path);
    execFileSync('sync', ['-f', path]);
  });
  leftovers.add(path);
  return seconds;
};
/**
 * The same files made durable plainly, for scale: each read, hashed (SHA-256), sealed
 * (AES-256-GCM) and written with an fsync of its own, one after another on this one thread, with
 * no check, no store and no database. What per-file durability and the cryptography cost alone.
 */
const sealPlainly = (target: string) => {
  leftovers.clear();
  mkdirSync(target);
  const read = Buffer.allocUnsafe(Math.max(...files.map((file) => statSync(file).size)));
  const seconds = timed(() => {
    for (const [index, file] of files.entries()) {
      const source = openSync(file, 'r');
      const size = fstatSync(source).size;
      for (let at = 0; at < size; ) at += readSync(source, read, at, size - at, at);
      closeSync(source);
      const hash = createHash('sha256');
      const cipher = createCipheriv('aes-256-gcm', randomBytes(32), randomBytes(12));
      const sealed = openSync(join(target, String(index)), 'wx');
      for (let at = 0; at < size; at += 256 * 1024) {
        const slice = read.subarray(at, Math.min(size, at + 256 * 1024));
        hash.update(slice);
        writeSync(sealed, cipher.update(slice));
      }
      writeSync(sealed, Buffer.concat([cipher.final(), cipher.getAuthTag()]));
      hash.digest();
      fsyncSync(sealed);
      closeSync(sealed);
    }
    execFileSync('sync', ['-f', target]);
  });
  leftovers.add(target);
  return seconds;
};
/** One import in a process of its own, which starts its clock when told, once it has opened the core. */
const importOnce = async (dataDir: string, atOnce: number) => {
  const child = spawn(process.execPath, [...process.execArgv, import.meta.filename], {
    env: { ...process.env, BENCH_IMPORT_FROM: JSON.stringify({ files, dataDir, atOnce }) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let answer = '';
  for await (const line of createInterface({ input: child.stdout })) {
    if (line !== 'ready') answer = line;
    else {
      leftovers.clear();
      child.stdin.end('go\n');
    }
  }
  const status = await exited;
  if (status !== 0) throw new Error(`the import process failed (${status})`);
  leftovers.add(dataDir);
  return JSON.parse(answer) as Omit<Run, 'ratio'>;
};

// This machine's disk is fast in bursts and slows after a few gigabytes written: cp + sync of the
// same gigabyte has taken from 0.8 to 3.7 s in one run. So a baseline is taken after every import
// and before the first, each import is compared with the mean of the baselines around it, and the
// ratio printed is the median of the rounds' (BENCH_ROUNDS, 5 by default). A round imports a batch
// as the desk does and one at a time, which goes first alternating from round to round.
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const baselines = [cpSync('cp-sync-0')];
type Run = { importSeconds: number; userSeconds: number; systemSeconds: number; peakRssBytes: number; ratio: number };
const runs: Record<'batch' | 'one', Run[]> = { batch: [], one: [] };
const plain: { seconds: number; ratio: number }[] = [];
for (let round = 1; round <= rounds; round++) {
  const modes = [['batch', scansStoredAtOnce], ['one', 1]] as const;
  for (const [mode, atOnce] of round % 2 === 1 ? modes : [...modes].reverse()) {
    const run = await importOnce(join(root, `data-${round}-${mode}`), atOnce);
    baselines.push(cpSync(`cp-sync-${round}-${mode}`));
    runs[mode].push({ ...run, ratio: run.importSeconds / ((baselines.at(-2)! + baselines.at(-1)!) / 2) });
  }
  const seconds = sealPlainly(join(root, `plain-${round}`));
  plain.push({ seconds, ratio: seconds / baselines.at(-1)! });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const megabytes = made / 1024 ** 2;
const cpSyncSeconds = median(baselines);
const peakMb = Math.max(...runs.batch.concat(runs.one).map((run) => run.peakRssBytes)) / 1024 ** 2;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
const list = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
console.log(`cp:          ${cpSeconds.toFixed(2)} s  (${(megabytes / cpSeconds).toFixed(0)} MB/s)`);
console.log(`cp + sync:   median ${cpSyncSeconds.toFixed(2)} s  (${(megabytes / cpSyncSeconds).toFixed(0)} MB/s; before the first import and after each: ${list(baselines)} s)`);
for (const [mode, label] of [['batch', `${scansStoredAtOnce} at a time, as the desk takes a batch`], ['one', 'one at a time']] as const) {
  const seconds = median(runs[mode].map((run) => run.importSeconds));
  console.log(`import ${label}: median ${seconds.toFixed(2)} s  (${(megabytes / seconds).toFixed(0)} MB/s; content checks, SHA-256, AES-256-GCM, fsync per file; rounds: ${list(runs[mode].map((run) => run.importSeconds))} s)`);
  const processor = (which: 'userSeconds' | 'systemSeconds') => median(runs[mode].map((run) => run[which])).toFixed(2);
  console.log(`  processor time of the core process: ${processor('userSeconds')} s user, ${processor('systemSeconds')} s system (medians; ${availableParallelism()} cores)`);
  console.log(`  ratio to cp:                        ${(seconds / cpSeconds).toFixed(2)}`);
  console.log(`  ratio to cp + sync around it:       rounds ${list(runs[mode].map((run) => run.ratio))}; median ${median(runs[mode].map((run) => run.ratio)).toFixed(2)}`);
}
console.log(
  `for scale, the same files read, hashed, sealed and written with an fsync each, one after another on one thread, no checks: median ${median(plain.map((run) => run.seconds)).toFixed(2)} s; ratio to the cp + sync before it ${median(plain.map((run) => run.ratio)).toFixed(2)} (rounds ${list(plain.map((run) => run.ratio))})`,
);
const ratio = median(runs.batch.map((run) => run.ratio));
const alone = median(runs.one.map((run) => run.ratio));
console.log(`goal, import ≤ 2× cp + sync: a batch, ${scansStoredAtOnce} at a time, ${ratio.toFixed(2)} (${verdict(ratio <= 2)}); one at a time ${alone.toFixed(2)} (${verdict(alone <= 2)})`);
console.log(`peak RSS of the core process: ${peakMb.toFixed(0)} MB, the most of the rounds (goal < 400 MB: ${verdict(peakMb < 400)})`);
rmSync(root, { recursive: true, force: true });

/** The core's side: imports `files`, `atOnce` at a time, and prints its time and peak memory. */
async function importInThisProcess({ files, dataDir, atOnce }: { files: string[]; dataDir: string; atOnce: number }) {
  const { core, api } = openCoreClient({ dataDir });
  // An application holds at most 200 MB: the files are spread over applications of 150 MB or less.
  const applicationOf: string[] = [];
  let current = '';
  let filled = Infinity;
  for (const filePath of files) {
    const size = statSync(filePath).size;
    if (filled + size > 150 * 1024 ** 2) {
      const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: `Bench ${applicationOf.length}` });
      current = uuidv7();
      await api.call('applications.saveDraft', { id: current, visitId: visit.id, fields: completeFields });
      filled = 0;
    }
    filled += size;
    applicationOf.push(current);
  }
  // Told when to start, so that its clock starts as the baselines' do (see leftovers.ts).
  console.log('ready');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  let next = 0;
  const importInTurn = async () => {
    for (let index = next++; index < files.length; index = next++) {
      await importAttachmentFile(core, { applicationId: applicationOf[index]!, checklistItem: 'other', label: 'Анықтама', fileName: `file-${index}`, filePath: files[index]! });
    }
  };
  const start = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await Promise.all(Array.from({ length: atOnce }, importInTurn));
  const importSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  await core.close();
  // maxRSS is in kilobytes: the most this process held resident, start and import alike.
  console.log(JSON.stringify({ importSeconds, userSeconds: cpu.user / 1e6, systemSeconds: cpu.system / 1e6, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
}
