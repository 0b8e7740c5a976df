import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { openWorkstationDb } from './workstation-files';

const root = resolve(import.meta.dirname, '../..');

type Sent = { documents: { sha256: string; size: number }[] };

/** The desk's outbox as sent: each distinct file with its size, the JSON bytes, and the uploads kept. */
export function deskState(dataDir: string) {
  const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
  const payloads = db.prepare<[], { payload: string }>('SELECT payload FROM outbox').pluck().all() as unknown as string[];
  const uploads = db.prepare<[], { sha256: string; url: string; offset: number }>('SELECT sha256, url, offset FROM scan_uploads').all();
  db.close();
  const files = new Map(payloads.flatMap((payload) => (JSON.parse(payload) as Sent).documents.map((d) => [d.sha256, d.size] as const)));
  const bytes = [...files.values()].reduce((sum, size) => sum + size, 0) + payloads.reduce((sum, payload) => sum + Buffer.byteLength(payload), 0);
  return { files, bytes, uploads };
}

/** Lets a desk closed by the test sync on its own when a runner opens it. */
export function unpauseDesk(dataDir: string) {
  const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir);
  db.prepare("DELETE FROM settings WHERE key = 'sync.paused'").run();
  db.close();
}

/**
 * Runs the desk's sync loop in a child process (fixtures/sync-runner.ts, bundled as `runner`) until
 * its queue is sent, or SIGKILLs it as soon as `killWhen` holds (looked at every 2 ms). Rejects
 * with the child's output when it fails, or when `signal` ends it first (the child is killed).
 */
export function runDesk(runner: string, dataDir: string, options: { killWhen?: () => boolean; timing?: Record<string, unknown>; signal?: AbortSignal } = {}): Promise<'drained' | 'killed'> {
  return new Promise((resolveRun, reject) => {
    const env = options.timing ? { ...process.env, SYNC_RUNNER_TIMING: JSON.stringify(options.timing) } : process.env;
    const child = spawn(process.execPath, [runner, dataDir, join(root, 'resources')], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let ended = false;
    const end = () => {
      ended = true;
      child.kill('SIGKILL');
    };
    options.signal?.addEventListener('abort', end, { once: true });
    const watch = setInterval(() => {
      if (options.killWhen?.()) child.kill('SIGKILL');
    }, 2);
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      options.signal?.removeEventListener('abort', end);
      if (ended) reject(new Error(`desk ended before it finished: ${output.slice(-4000)}`));
      else if (signal === 'SIGKILL') resolveRun('killed');
      else if (code === 0) resolveRun('drained');
      else reject(new Error(`desk exited ${code}: ${output.slice(-4000)}`));
    });
  });
}
