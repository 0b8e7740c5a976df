/**
 * Import of about 1 GB of scans of mixed sizes (PDFs of 1 to 20 MB, PNG and JPEG photos) into
 * the core, beside `cp` of the same files in the same run, and `cp` followed by `sync`, since the
 * import makes every file durable before it answers and plain `cp` does not.
 *   npm run bench:attachments        (BENCH_BYTES=1073741824 by default)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { completeFields } from '../support/finished-application';
import { openCoreClient } from '../support/core-client';
import { importAttachmentFile } from '../support/core-internals';
import { jpegBytes, pngBytes, scannedPdf } from '../support/sample-files';

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
async function timedAsync(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const copy = (target: string) => {
  mkdirSync(target);
  execFileSync('cp', [...files, target]);
};
const cpSeconds = timed(() => copy(join(root, 'cp')));
const cpSyncSeconds = timed(() => {
  copy(join(root, 'cp-sync'));
  execFileSync('sync', ['-f', join(root, 'cp-sync')]);
});

const { core, api } = openCoreClient({ dataDir: join(root, 'data') });
// An application holds at most 200 MB: spread the files over as many as that takes.
const applications: string[] = [];
for (let i = 0; i < Math.ceil(made / (150 * 1024 ** 2)) + 1; i++) {
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: `Bench ${i}` });
  const id = uuidv7();
  await api.call('applications.saveDraft', { id, visitId: visit.id, fields: completeFields });
  applications.push(id);
}
let current = 0;
const importSeconds = await timedAsync(async () => {
  for (const [index, filePath] of files.entries()) {
    const attach = () => importAttachmentFile(core, { applicationId: applications[current]!, checklistItem: 'other', label: 'Анықтама', fileName: `file-${index}`, filePath });
    await attach().catch(async (error: unknown) => {
      if ((error as { issues?: { message: string }[] }).issues?.[0]?.message !== 'validation.attachment_application_too_large') throw error;
      current++;
      return attach();
    });
  }
});
await core.close();

const megabytes = made / 1024 ** 2;
console.log(`cp:          ${cpSeconds.toFixed(2)} s  (${(megabytes / cpSeconds).toFixed(0)} MB/s)`);
console.log(`cp + sync:   ${cpSyncSeconds.toFixed(2)} s  (${(megabytes / cpSyncSeconds).toFixed(0)} MB/s)`);
console.log(`import:      ${importSeconds.toFixed(2)} s  (${(megabytes / importSeconds).toFixed(0)} MB/s; content checks, SHA-256, fsync per file)`);
console.log(`ratio import / cp:        ${(importSeconds / cpSeconds).toFixed(2)}`);
console.log(`ratio import / cp + sync: ${(importSeconds / cpSyncSeconds).toFixed(2)}`);
rmSync(root, { recursive: true, force: true });
