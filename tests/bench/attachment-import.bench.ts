/**
 * Import of about 1 GB of scans of mixed sizes (PDFs of 1 to 20 MB, PNG and JPEG photos) into
 * the core, beside `cp` of the same files in the same run, and `cp` followed by `sync`, since the
 * import makes every file durable before it answers and plain `cp` does not. The core runs in a
 * process of its own (this file again, with BENCH_IMPORT_FROM set), so that its peak resident
 * memory is the core's, not that of making the files.
 * Goal (issue 18): at most 2× the time of cp + sync, checks and encryption included; peak RSS of
 * the core under 400 MB.
 *   npm run bench:attachments        (BENCH_BYTES=1073741824 by default)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { completeFields } from '../support/finished-application';
import { openCoreClient } from '../support/core-client';
import { importAttachmentFile } from '../support/core-internals';
import { jpegBytes, pngBytes, scannedPdf } from '../support/sample-files';

if (process.env.BENCH_IMPORT_FROM) {
  await importInThisProcess(JSON.parse(process.env.BENCH_IMPORT_FROM) as { files: string[]; bytes: number; dataDir: string });
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
const cpSync = (target: string) =>
  timed(() => {
    copy(join(root, target));
    execFileSync('sync', ['-f', join(root, target)]);
  });
const cpSyncBefore = cpSync('cp-sync');

const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename], {
  env: { ...process.env, BENCH_IMPORT_FROM: JSON.stringify({ files, bytes: made, dataDir: join(root, 'data') }) },
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (child.status !== 0) throw new Error(`the import process failed (${child.status})`);
const { importSeconds, peakRssBytes } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { importSeconds: number; peakRssBytes: number };
// This machine's disk drifts within a run (cp + sync of the same gigabyte has taken from 1.2 to
// 2.8 s): the baseline is taken before and after the import, and the ratio is to their mean.
const cpSyncAfter = cpSync('cp-sync-after');
const cpSyncSeconds = (cpSyncBefore + cpSyncAfter) / 2;

const megabytes = made / 1024 ** 2;
const ratio = importSeconds / cpSyncSeconds;
const peakMb = peakRssBytes / 1024 ** 2;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
console.log(`cp:          ${cpSeconds.toFixed(2)} s  (${(megabytes / cpSeconds).toFixed(0)} MB/s)`);
console.log(`cp + sync:   ${cpSyncSeconds.toFixed(2)} s  (${(megabytes / cpSyncSeconds).toFixed(0)} MB/s; ${cpSyncBefore.toFixed(2)} s before the import, ${cpSyncAfter.toFixed(2)} s after)`);
console.log(`import:      ${importSeconds.toFixed(2)} s  (${(megabytes / importSeconds).toFixed(0)} MB/s; content checks, SHA-256, AES-256-GCM, fsync per file)`);
console.log(`ratio import / cp:        ${(importSeconds / cpSeconds).toFixed(2)}`);
console.log(`ratio import / cp + sync: ${ratio.toFixed(2)} (goal ≤ 2: ${verdict(ratio <= 2)})`);
console.log(`peak RSS of the core process: ${peakMb.toFixed(0)} MB (goal < 400 MB: ${verdict(peakMb < 400)})`);
rmSync(root, { recursive: true, force: true });

/** The core's side: imports `files` one after another, as the desk does, and prints its time and peak memory. */
async function importInThisProcess({ files, bytes, dataDir }: { files: string[]; bytes: number; dataDir: string }) {
  const { core, api } = openCoreClient({ dataDir });
  // An application holds at most 200 MB: spread the files over as many as that takes.
  const applications: string[] = [];
  for (let i = 0; i < Math.ceil(bytes / (150 * 1024 ** 2)) + 1; i++) {
    const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: `Bench ${i}` });
    const id = uuidv7();
    await api.call('applications.saveDraft', { id, visitId: visit.id, fields: completeFields });
    applications.push(id);
  }
  let current = 0;
  const start = process.hrtime.bigint();
  for (const [index, filePath] of files.entries()) {
    const attach = () => importAttachmentFile(core, { applicationId: applications[current]!, checklistItem: 'other', label: 'Анықтама', fileName: `file-${index}`, filePath });
    await attach().catch(async (error: unknown) => {
      if ((error as { issues?: { message: string }[] }).issues?.[0]?.message !== 'validation.attachment_application_too_large') throw error;
      current++;
      return attach();
    });
  }
  const importSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  await core.close();
  // maxRSS is in kilobytes: the most this process held resident, start and import alike.
  console.log(JSON.stringify({ importSeconds, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
}
