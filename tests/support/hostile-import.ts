import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../shared/contract/errors';
import { openCoreClient } from './core-client';
import { scannerIdle } from './core-internals';
import { completeFields, finishedApplication } from './finished-application';
import { uploadAndAttach } from './upload';
import { DATABASE_FILE } from '../../electron/core/storage';
import { openWorkstationDb } from './workstation-files';

/** Files under a folder, however deep; the store's temporary folder included. */
function filesUnder(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const refusalOf = (error: unknown) => (error instanceof ApiError ? { code: error.code, rule: error.issues?.[0]?.message ?? null } : { code: 'thrown', rule: String(error) });

export type HostileImport = {
  importMs: number;
  refusal: { code: string; rule: string | null } | null;
  attachmentRows: number;
  blobFiles: number;
  scan: { ok: true; outcome: string } | { ok: false; code: string; rule: string | null } | null;
  scanMs: number;
  /** The scanner folder's inbox once it took the file: its refusal, and whether the file was left in place. */
  scanner: { refusedRule: string | null; leftInFolder: boolean } | null;
  scannerMs: number;
};

// Short waits: the file is whole before the folder is watched.
const scannerTiming = { stableMs: 100, graceMs: 300, pollMs: 25 };

/**
 * Runs in a bounded child (see bounded-run): a new workstation, a finished application, and the
 * file attached through the contract as the renderer sends it; then, where the file is small
 * enough for one call, offered to the signed-scan reader; then found in the scanner folder. It
 * reports what each answered and what was left behind: attachment rows in the database and files
 * in the blob store.
 */
export async function importHostileFile(file: string, name: string, dataDir: string, scanMediaType: string | null): Promise<HostileImport> {
  const { core, api } = openCoreClient({ dataDir, scannerTiming });
  const ids = { visitId: uuidv7(), applicationId: uuidv7() };
  await finishedApplication(api, ids, completeFields);
  const bytes = readFileSync(file);

  let started = performance.now();
  let refusal: HostileImport['refusal'] = null;
  await uploadAndAttach(api, ids.applicationId, 'identity-document', name, bytes).catch((error: unknown) => {
    refusal = refusalOf(error);
  });
  const importMs = performance.now() - started;

  started = performance.now();
  let scan: HostileImport['scan'] = null;
  if (scanMediaType) {
    const answer = await core.dispatch('statements.matchSignedScan', { mediaType: scanMediaType, contentBase64: bytes.toString('base64') });
    scan = answer.ok ? { ok: true, outcome: (answer.value as { outcome: string }).outcome } : { ok: false, code: answer.error.code, rule: answer.error.issues?.[0]?.message ?? null };
  }
  const scanMs = performance.now() - started;

  // The scanner folder: the file is there when the folder is named, as a scan found at start is.
  started = performance.now();
  const folder = join(dataDir, '..', `scanner-${name}`);
  mkdirSync(folder, { recursive: true });
  copyFileSync(file, join(folder, name));
  await api.call('scanner.setFolder', { folder });
  let inbox = await api.call('scanner.inbox', {});
  while (inbox.files.length === 0 && performance.now() - started < 10_000) {
    await new Promise((resume) => setTimeout(resume, 25));
    inbox = await api.call('scanner.inbox', {});
  }
  await scannerIdle(core);
  const taken = inbox.files[0];
  const scanner = taken ? { refusedRule: taken.refusedRule, leftInFolder: readdirSync(folder).includes(name) } : null;
  const scannerMs = performance.now() - started;
  await core.close();

  const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
  const attachmentRows = (db.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n;
  db.close();
  return { importMs, refusal, attachmentRows, blobFiles: filesUnder(join(dataDir, 'blobs')).length, scan, scanMs, scanner, scannerMs };
}
