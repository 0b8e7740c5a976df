import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { keyPragmas } from './database';

/**
 * What the full check found. `unchecked` is a check that could not run to its end (the thread
 * would not start, the file was busy, the check was stopped): no verdict on the data, and never
 * a reason to take the desk to the restore page.
 */
export type IntegrityResult = { state: 'ok' } | { state: 'damaged'; detail: string } | { state: 'unchecked'; detail: string };

/** A full check under way: its result, and a stop that resolves once its connection has closed. */
export type IntegrityRun = { result: Promise<IntegrityResult>; stop(): Promise<void> };

/**
 * The worker's code, plain CommonJS run from a string: it needs no bundling and no TypeScript
 * loader, so the same code runs under Electron, the harness, tests and benchmarks. It opens the
 * file read-only on its own connection (the key first; without one for a file the previous
 * release left in plain text), runs `PRAGMA integrity_check`, and posts SQLite's first complaint:
 * page numbers and index names, never row values. Only SQLite's corruption codes are damage.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const open = (pragmas) => {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    for (const pragma of pragmas) db.pragma(pragma);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
let db;
try {
  try {
    db = open(workerData.keyPragmas);
  } catch (error) {
    if (workerData.keyPragmas.length === 0) throw error;
    try { db = open([]); } catch { throw error; }
  }
  const rows = db.prepare('PRAGMA integrity_check(20)').pluck().all();
  // The first complaint on one log line, without the '*** in database main ***' heading.
  const complaint = rows.join('\\n').split('\\n').find((line) => line.trim() !== '' && !line.startsWith('***'));
  parentPort.postMessage(rows.length === 1 && rows[0] === 'ok' ? { state: 'ok' } : { state: 'damaged', detail: (complaint ?? 'no answer').slice(0, 200) });
} catch (error) {
  const code = error && typeof error.code === 'string' ? error.code : 'unreadable';
  const damage = code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
  parentPort.postMessage({ state: damage ? 'damaged' : 'unchecked', detail: code });
} finally {
  if (db) db.close();
}
`;

/**
 * `PRAGMA integrity_check` of a database file in a worker thread. better-sqlite3 is synchronous:
 * on the desk's own connection the check would hold the event loop for as long as it reads the
 * whole file (half a minute at a million visits). A read-only connection in WAL mode sees the
 * last commit and never blocks the desk's writes.
 */
export function checkIntegrity(file: string, key: Buffer | undefined): IntegrityRun {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverPath(), file, keyPragmas: key ? keyPragmas(key) : [] } });
  } catch (error) {
    return { result: Promise.resolve({ state: 'unchecked', detail: error instanceof Error ? error.name : 'unknown' }), stop: () => Promise.resolve() };
  }
  // A check under way does not keep the app from quitting: the process ends, and its reads with it.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const result = new Promise<IntegrityResult>((resolve) => {
    worker.once('message', (message: IntegrityResult) => resolve(message));
    worker.once('error', (error) => resolve({ state: 'unchecked', detail: error.name }));
    void exited.then(() => resolve({ state: 'unchecked', detail: 'stopped' }));
  });
  return {
    result,
    // A statement under way is not cut: the thread ends when SQLite hands control back.
    stop: async () => {
      await worker.terminate().catch(() => undefined);
      await exited;
    },
  };
}

/** The driver's entry file, for the worker to require; where the packaged app keeps it unpacked. */
function driverPath(): string {
  const path = createRequire(import.meta.url).resolve('better-sqlite3');
  // electron-builder.yml unpacks the driver beside the ASAR archive: a worker loads it from there
  // without relying on the archive being readable from a worker thread.
  const unpacked = path.replace(`.asar${sep}`, `.asar.unpacked${sep}`);
  return unpacked !== path && existsSync(unpacked) ? unpacked : path;
}
