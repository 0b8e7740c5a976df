/**
 * Sync of a queue of applications over loopback to the reference central server (tus uploads),
 * in a desk process of its own, beside a raw HTTP PUT of the same bytes to a bare server in the
 * same run; the desk process's peak RSS; then the same queue again with the desk SIGKILLed
 * half-way, and a 20 MB scan with the desk SIGKILLed in its middle, counting the bytes sent twice.
 *   npm run bench:sync                          (200 applications, 2 × 512 KB each: about 200 MB; BENCH_ROUNDS=5)
 *   BENCH_APPLICATIONS=1000 npm run bench:sync  (about 1 GB)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, cpSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { v7 as uuidv7 } from 'uuid';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { defaultSyncTiming } from '../../electron/core/sync/sync-loop';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { unpauseDesk } from '../support/desk-runs';
import { importAttachmentFile } from '../support/core-internals';
import { sampleIin } from '../support/bookings-file';
import { completeFields } from '../support/finished-application';
import { scannedPdf } from '../support/sample-files';
import { openWorkstationDb } from '../support/workstation-files';
import { stepLeftovers } from './leftovers';

const applications = Number(process.env.BENCH_APPLICATIONS ?? 200);
const largeBytes = Number(process.env.BENCH_LARGE_BYTES ?? 20 * 1024 * 1024);
const fileBytes = Number(process.env.BENCH_FILE_BYTES ?? 512 * 1024);
const root = join(tmpdir(), `qabyldau-bench-sync-${process.pid}`);
const projectRoot = resolve(import.meta.dirname, '../..');
const timing = { idleMs: 60_000, timeoutMs: 60_000, backoff: { baseMs: 50, capMs: 1_000 }, batchItems: 50, batchBytes: 64 * 1024 * 1024 };
const mb = (bytes: number) => bytes / 1024 / 1024;

// The queue: the desk's real flow through the contract, except the statement print, which is not
// what is measured here: the visit is marked signed in the database directly.
const seeded = join(root, 'seeded');
const scans = join(root, 'scans');
mkdirSync(scans, { recursive: true });
const seedingStarted = Date.now();
{
  const { core, api } = openCoreClient({ dataDir: seeded, syncTiming: timing });
  const db = openWorkstationDb(join(seeded, DATABASE_FILE), seeded);
  const markSigned = db.prepare("UPDATE visits SET status = 'signed' WHERE id = ?");
  for (let n = 1; n <= applications; n++) {
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    const fields = { ...completeFields, iin: sampleIin(n) };
    await api.call('visits.logWalkIn', { id: ids.visitId, citizenName: `${fields.surname} ${fields.givenName}` });
    await api.call('applications.saveDraft', { id: ids.applicationId, visitId: ids.visitId, fields });
    await api.call('applications.finish', { id: ids.applicationId, fields });
    markSigned.run(ids.visitId);
    for (const checklistItem of ['identity-document', 'signed-statement']) {
      const filePath = join(scans, `${n}-${checklistItem}.pdf`);
      writeFileSync(filePath, await scannedPdf(1, fileBytes));
      await importAttachmentFile(core, { applicationId: ids.applicationId, checklistItem, fileName: `${checklistItem}.pdf`, filePath });
      rmSync(filePath);
    }
    await api.call('applications.complete', { id: ids.applicationId });
  }
  db.close();
  await core.close();
}
const blobs = openWorkstationDb(join(seeded, DATABASE_FILE), seeded, { readonly: true })
  .prepare<[], { sha256: string; size: number }>('SELECT DISTINCT sha256, size FROM attachments')
  .all();
const totalBytes = blobs.reduce((sum, blob) => sum + blob.size, 0);
console.log(`seeded ${applications} applications, ${blobs.length} files, ${mb(totalBytes).toFixed(0)} MB in ${((Date.now() - seedingStarted) / 1000).toFixed(0)} s`);

async function enrolledCopy(name: string, centralUrl: string): Promise<string> {
  const dataDir = join(root, name);
  cpSync(seeded, dataDir, { recursive: true });
  const { core, api } = openCoreClient({ dataDir, syncTiming: { ...timing, idleMs: 3_600_000 } });
  await api.call('sync.pause', { paused: true });
  await api.call('sync.enrol', { server: centralUrl, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
  await core.close();
  return dataDir;
}

// 1. Raw PUT of every file, one after another, to a bare HTTP server on the same disk that does
// what any central server must do with a blob before it answers: hash while writing a temporary
// file, fsync it (an acknowledged blob survives the server's crash, as the reference server's do),
// then rename it to its hash.
// The store keeps scans sealed, so the files on disk are not the scans' bytes: the baseline sends
// the stored files as they are, named by their own hash and length (worked out before the clock).
// Each raw PUT writes to a folder of its own, and every step, raw PUT and sync alike, starts right
// after the step before's files were removed: see leftovers.ts.
const leftovers = stepLeftovers(root);
let rawDir = join(root, 'raw');
const rawServer = createServer((request, response) => {
  const hash = createHash('sha256');
  const folder = rawDir;
  const temporary = join(folder, `tmp-${Math.random().toString(36).slice(2)}`);
  request.on('data', (chunk: Buffer) => hash.update(chunk));
  pipeline(request, createWriteStream(temporary)).then(
    () => {
      const written = openSync(temporary, 'r');
      fsyncSync(written);
      closeSync(written);
      renameSync(temporary, join(folder, hash.digest('hex')));
      response.writeHead(201).end();
    },
    () => response.writeHead(500).end(),
  );
});
await new Promise<void>((resolveListen) => rawServer.listen(0, '127.0.0.1', resolveListen));
const rawUrl = `http://127.0.0.1:${(rawServer.address() as { port: number }).port}`;
const storedPathOf = (sha256: string) => join(seeded, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
const storedFiles = blobs.map((blob) => {
  const path = storedPathOf(blob.sha256);
  const bytes = readFileSync(path);
  return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
});
/** Seconds to PUT every stored file, `lanes` requests at a time, to a folder of their own. */
async function rawPut(lanes: number, folder: string) {
  leftovers.clear();
  mkdirSync(folder, { recursive: true });
  rawDir = folder;
  leftovers.add(folder);
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < storedFiles.length) {
      const file = storedFiles[next++]!;
      const response = await fetch(`${rawUrl}/${file.sha256}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(file.size) },
        body: Readable.toWeb(createReadStream(file.path)) as ReadableStream,
        duplex: 'half',
      } as RequestInit);
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`raw PUT answered ${response.status}; the baseline cannot be measured`);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return (performance.now() - started) / 1000;
}
// The desk uploads several scans at once (defaultSyncTiming.uploadsInFlight): the same for raw PUTs, for comparison.
const lanes = defaultSyncTiming.uploadsInFlight.count;

// The desk in a process of its own (the crash tests' runner): its time from opened to drained, and
// its peak RSS, printed by a hook at its exit.
const runner = join(projectRoot, 'tests/integration/fixtures/sync-runner.ts');
const peakRssHook = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
type Run = { seconds: number; peakRssKb: number };
/** With `beforeStart`, the desk waits once it has opened, until that has run: its clock starts then. */
const runDesk = (dataDir: string, killWhen: (() => boolean) | null, beforeStart?: () => void) =>
  new Promise<Run>((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', peakRssHook, runner, dataDir, join(projectRoot, 'resources')], {
      cwd: projectRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, SYNC_RUNNER_TIMING: JSON.stringify(timing), ...(beforeStart ? { SYNC_RUNNER_WAIT: '1' } : {}) },
    });
    let readyAt = 0;
    let drainedAt = 0;
    let peakRssKb = 0;
    let stderr = '';
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') {
        beforeStart?.();
        child.stdin.end('go\n');
        readyAt = performance.now();
      }
      if (line === 'drained') drainedAt = performance.now();
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      if (line.startsWith('maxrss ')) peakRssKb = Number(line.slice(7));
      else stderr += `${line}\n`;
    });
    const watch = setInterval(() => {
      if (killWhen?.()) child.kill('SIGKILL');
    }, 2);
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      if (code === 0 || signal === 'SIGKILL') resolveRun({ seconds: (drainedAt - readyAt) / 1000, peakRssKb });
      else reject(new Error(`runner exited with ${code}: ${stderr}`));
    });
  });

// 2. Rounds of: the raw PUTs, one at a time then `lanes` at once, and the sync loop from a copy of
// the queue to a fresh server, in the desk's own process. This machine's disk drifts from one
// second to the next (the same round has taken from 2.6 to 4.9 s), so each figure is the median
// of its rounds, and the ratio is of medians.
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const measured: { raw: number; rawLanes: number; sync: number; peakRssKb: number; bytes: number }[] = [];
for (let round = 1; round <= rounds; round++) {
  const raw = await rawPut(1, join(root, `raw-${round}`));
  const rawLanes = await rawPut(lanes, join(root, `raw-${round}-lanes`));
  const central = await startCentral({ dataDir: join(root, `central-${round}`), enrolmentCode: ENROLMENT_CODE, compileValidators: true });
  const syncDir = await enrolledCopy(`desk-sync-${round}`, central.url);
  unpauseDesk(syncDir);
  const bytesBefore = central.stats.requestBodyBytes;
  const run = await runDesk(syncDir, null, () => leftovers.clear());
  measured.push({ raw, rawLanes, sync: run.seconds, peakRssKb: run.peakRssKb, bytes: central.stats.requestBodyBytes - bytesBefore });
  await central.close();
  leftovers.add(syncDir, join(root, `central-${round}`));
  console.log(`round ${round}: raw PUT ${raw.toFixed(2)} s, ${lanes} at once ${rawLanes.toFixed(2)} s; sync ${run.seconds.toFixed(2)} s (${(run.seconds / raw).toFixed(2)}×)`);
}
rawServer.close();
leftovers.clear();
const median = (pick: (round: (typeof measured)[number]) => number) => {
  const values = measured.map(pick).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
};
const rawSeconds = median((round) => round.raw);
const rawLanesSeconds = median((round) => round.rawLanes);
const syncSeconds = median((round) => round.sync);
const cleanBytes = measured[0]!.bytes;
const peakRssKb = Math.max(...measured.map((round) => round.peakRssKb));

// 3. The same queue to a fresh server, the desk killed half-way through and restarted.
const killCentral = await startCentral({ dataDir: join(root, 'central-kill'), enrolmentCode: ENROLMENT_CODE, compileValidators: true });
const killDir = await enrolledCopy('desk-kill', killCentral.url);
unpauseDesk(killDir);
await runDesk(killDir, () => killCentral.stats.requestBodyBytes >= cleanBytes / 2);
const atKill = killCentral.stats.requestBodyBytes;
await runDesk(killDir, null);
const killedBytes = killCentral.stats.requestBodyBytes;
const held = killCentral.store.allApplications().length;
await killCentral.close();

// 4. One application with a large scan, the desk killed in the middle of its upload.
const largeCentral = await startCentral({ dataDir: join(root, 'central-large'), enrolmentCode: ENROLMENT_CODE, compileValidators: true });
const largeDir = join(root, 'desk-large');
{
  const { core, api } = openCoreClient({ dataDir: largeDir, syncTiming: { ...timing, idleMs: 3_600_000 } });
  await api.call('sync.pause', { paused: true });
  await api.call('sync.enrol', { server: largeCentral.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
  const db = openWorkstationDb(join(largeDir, DATABASE_FILE), largeDir);
  const ids = { visitId: uuidv7(), applicationId: uuidv7() };
  const fields = { ...completeFields, iin: sampleIin(1) };
  await api.call('visits.logWalkIn', { id: ids.visitId, citizenName: `${fields.surname} ${fields.givenName}` });
  await api.call('applications.saveDraft', { id: ids.applicationId, visitId: ids.visitId, fields });
  await api.call('applications.finish', { id: ids.applicationId, fields });
  db.prepare("UPDATE visits SET status = 'signed' WHERE id = ?").run(ids.visitId);
  db.close();
  for (const [checklistItem, bytes] of [['identity-document', largeBytes], ['signed-statement', fileBytes]] as const) {
    const filePath = join(scans, `large-${checklistItem}.pdf`);
    writeFileSync(filePath, await scannedPdf(1, bytes));
    await importAttachmentFile(core, { applicationId: ids.applicationId, checklistItem, fileName: `${checklistItem}.pdf`, filePath });
    rmSync(filePath);
  }
  await api.call('applications.complete', { id: ids.applicationId });
  await core.close();
}
const largeData = openWorkstationDb(join(largeDir, DATABASE_FILE), largeDir, { readonly: true })
  .prepare<[], number>('SELECT sum(size) FROM attachments')
  .pluck()
  .get()!;
unpauseDesk(largeDir);
await runDesk(largeDir, () => largeCentral.stats.requestBodyBytes >= largeBytes / 2);
const largeAtKill = largeCentral.stats.requestBodyBytes;
await runDesk(largeDir, null);
const largeSent = largeCentral.stats.requestBodyBytes;
const largeHeld = largeCentral.store.allApplications().length;
await largeCentral.close();
rmSync(root, { recursive: true, force: true });

console.log(`files: ${blobs.length}, ${mb(totalBytes).toFixed(0)} MB; applications: ${applications}`);
console.log(`medians of ${rounds} rounds:`);
console.log(`raw PUT of the files to a bare server:  ${rawSeconds.toFixed(1)} s  (${(mb(totalBytes) / rawSeconds).toFixed(0)} MB/s)`);
console.log(`raw PUT, ${lanes} at once:                 ${rawLanesSeconds.toFixed(1)} s  (${(mb(totalBytes) / rawLanesSeconds).toFixed(0)} MB/s)`);
console.log(
  `sync (missing-blobs, tus uploads ${lanes} at once, push, feed): ${syncSeconds.toFixed(1)} s  (${(mb(totalBytes) / syncSeconds).toFixed(0)} MB/s)  ratio ${(syncSeconds / rawSeconds).toFixed(2)} to the raw PUT (goal ≤ 1.25), ${(syncSeconds / rawLanesSeconds).toFixed(2)} to ${lanes} raw PUTs at once`,
);
console.log(`desk process peak RSS: ${(peakRssKb / 1024).toFixed(0)} MB (goal < 400 MB for 1 GB)`);
console.log(`request bytes, clean run: ${mb(cleanBytes).toFixed(1)} MB`);
console.log(
  `killed at ${mb(atKill).toFixed(0)} MB and restarted: ${mb(killedBytes).toFixed(1)} MB sent, ${mb(killedBytes - cleanBytes).toFixed(2)} MB sent again (${((100 * (killedBytes - cleanBytes)) / cleanBytes).toFixed(2)} %); server holds ${held} of ${applications}`,
);
console.log(
  `a ${mb(largeBytes).toFixed(0)} MB scan, desk killed at ${mb(largeAtKill).toFixed(1)} MB and restarted: ${mb(largeSent).toFixed(2)} MB sent for ${mb(largeData).toFixed(2)} MB of files, ${mb(Math.max(0, largeSent - largeData)).toFixed(2)} MB re-sent (JSON included); server holds ${largeHeld} of 1`,
);
