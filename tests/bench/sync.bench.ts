/**
 * Sync of 1,000 applications with about 1 GB of scans over loopback to the reference central
 * server, beside a raw HTTP PUT of the same files to the same server in the same run; then the
 * same queue again with the sync process SIGKILLed half-way, counting the bytes sent twice.
 *   npm run bench:sync        (BENCH_APPLICATIONS=1000, BENCH_FILE_BYTES=524288 by default)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { v7 as uuidv7 } from 'uuid';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { drainSync, importAttachmentFile } from '../support/core-internals';
import { sampleIin } from '../support/bookings-file';
import { completeFields } from '../support/finished-application';
import { scannedPdf } from '../support/sample-files';
import { openWorkstationDb } from '../support/workstation-files';

const applications = Number(process.env.BENCH_APPLICATIONS ?? 1000);
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

// 1. Raw PUT of every file, one after another, to the same server; then its copies are removed.
// The store keeps scans sealed, so the files on disk are not the scans' bytes: the baseline sends
// the stored files as they are, named by their own hash and length (worked out before the clock).
const central = await startCentral({ dataDir: join(root, 'central'), enrolmentCode: ENROLMENT_CODE });
const { credential } = central.store.enrol('AST-01', 'raw', new Date().toISOString());
const storedPathOf = (sha256: string) => join(seeded, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
const storedFiles = blobs.map((blob) => {
  const path = storedPathOf(blob.sha256);
  const bytes = readFileSync(path);
  return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
});
let started = performance.now();
// The baseline gets what the desk gets: an answer a retry can mend (408, 429, 5xx) is tried again,
// counted and printed, so a busy machine slows the run down instead of ending it.
let rawRetries = 0;
const putRaw = (file: { path: string; sha256: string; size: number }) =>
  fetch(`${central.url}/v1/blobs/${file.sha256}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/octet-stream', 'content-length': String(file.size) },
    body: Readable.toWeb(createReadStream(file.path)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
for (const blob of storedFiles) {
  for (let attempt = 1; ; attempt++) {
    const response = await putRaw(blob);
    await response.arrayBuffer();
    if (response.status === 201) break;
    const retriable = response.status === 408 || response.status === 429 || response.status >= 500;
    if (!retriable || attempt === 5) throw new Error(`raw PUT answered ${response.status} after ${attempt} attempts; the baseline cannot be measured`);
    rawRetries++;
  }
}
const rawSeconds = (performance.now() - started) / 1000;
for (const sha256 of central.store.blobs()) rmSync(central.store.blobPath(sha256));

// 2. The sync loop, from a copy of the queue.
const syncDir = await enrolledCopy('desk-sync', central.url);
const bytesBefore = central.stats.requestBodyBytes;
{
  const { core, api } = openCoreClient({ dataDir: syncDir, syncTiming: timing });
  started = performance.now();
  await api.call('sync.pause', { paused: false });
  await drainSync(core);
  await core.close();
}
const syncSeconds = (performance.now() - started) / 1000;
const cleanBytes = central.stats.requestBodyBytes - bytesBefore;
await central.close();

// 3. The same queue to a fresh server, the sync process killed half-way through and restarted.
const killCentral = await startCentral({ dataDir: join(root, 'central-kill'), enrolmentCode: ENROLMENT_CODE });
const killDir = await enrolledCopy('desk-kill', killCentral.url);
openWorkstationDb(join(killDir, DATABASE_FILE), killDir).prepare("DELETE FROM settings WHERE key = 'sync.paused'").run();
const runner = join(projectRoot, 'tests/integration/fixtures/sync-runner.ts');
const run = (killAtBytes: number | null) =>
  new Promise<void>((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', runner, killDir, join(projectRoot, 'resources')], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    const watch = setInterval(() => {
      if (killAtBytes !== null && killCentral.stats.requestBodyBytes >= killAtBytes) child.kill('SIGKILL');
    }, 5);
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      if (code === 0 || signal === 'SIGKILL') resolveRun();
      else reject(new Error(`runner exited with ${code}`));
    });
  });
await run(cleanBytes / 2);
const atKill = killCentral.stats.requestBodyBytes;
await run(null);
const killedBytes = killCentral.stats.requestBodyBytes;
const held = killCentral.store.allApplications().length;
await killCentral.close();
rmSync(root, { recursive: true, force: true });

console.log(`files: ${blobs.length}, ${mb(totalBytes).toFixed(0)} MB; applications: ${applications}`);
console.log(`raw PUT of the files:  ${rawSeconds.toFixed(1)} s  (${(mb(totalBytes) / rawSeconds).toFixed(0)} MB/s)${rawRetries ? `, ${rawRetries} answers retried` : ''}`);
console.log(`sync (HEAD, PUT, push, feed): ${syncSeconds.toFixed(1)} s  (${(mb(totalBytes) / syncSeconds).toFixed(0)} MB/s)  ratio ${(syncSeconds / rawSeconds).toFixed(2)}`);
console.log(`request bytes, clean run: ${mb(cleanBytes).toFixed(1)} MB`);
console.log(
  `killed at ${mb(atKill).toFixed(0)} MB and restarted: ${mb(killedBytes).toFixed(1)} MB sent, ${mb(killedBytes - cleanBytes).toFixed(2)} MB sent again (${((100 * (killedBytes - cleanBytes)) / cleanBytes).toFixed(2)} %); server holds ${held} of ${applications}`,
);
