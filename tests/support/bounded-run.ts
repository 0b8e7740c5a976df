import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Runs one check in a child process with its memory and its time bounded, so that a regression
 * (a decoder allocating gigabytes, a parser looping) fails its test instead of taking the CI
 * machine down with it. The child is Node with tsx, a capped V8 heap, and a watchdog here that
 * samples its resident memory and kills it past the limit: buffers live outside the V8 heap, so
 * the heap cap alone would not stop them.
 */
export type Bounds = { heapMb: number; rssMb: number; timeMs: number };

export const defaultBounds: Bounds = { heapMb: 256, rssMb: 512, timeMs: 20_000 };

export type BoundedRun<T> = { value: T; peakRssMb: number; ms: number };

const entry = resolve(import.meta.dirname, 'bounded-child.ts');
const root = resolve(import.meta.dirname, '../..');
const SAMPLE_MS = 10;

/** Resident and peak resident memory of a process, in MB, from /proc (Linux: where CI runs). */
function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null; // the process has just ended
  }
}

/**
 * Calls `exportName` of `modulePath` (relative to the repository) with `args` (as JSON) in a
 * bounded child, and resolves with what it returned and the peak memory seen. It rejects, with
 * the measured peak, when the child passes its memory or its time, crashes, or the call throws.
 */
export function runBounded<T>(modulePath: string, exportName: string, args: unknown[], bounds: Partial<Bounds> = {}): Promise<BoundedRun<T>> {
  const { heapMb, rssMb, timeMs } = { ...defaultBounds, ...bounds };
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', `--max-old-space-size=${heapMb}`, entry, resolve(root, modulePath), exportName], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let peakRssMb = 0;
  let stderr = '';
  child.stderr!.on('data', (piece: Buffer) => {
    stderr = (stderr + piece.toString()).slice(-4000);
  });
  return new Promise((settle, fail) => {
    let verdict: string | null = null;
    const stop = (why: string) => {
      verdict ??= why;
      child.kill('SIGKILL');
    };
    const watchdog = setInterval(() => {
      const memory = child.pid === undefined ? null : memoryOf(child.pid);
      if (!memory) return;
      peakRssMb = Math.max(peakRssMb, memory.peak, memory.rss);
      if (memory.rss > rssMb) stop(`resident memory ${memory.rss.toFixed(0)} MB passed the ${rssMb} MB limit`);
    }, SAMPLE_MS);
    const timer = setTimeout(() => stop(`still running after ${timeMs} ms`), timeMs);
    let answer: { ok: true; value: T; peakRssMb: number } | { ok: false; error: string } | null = null;
    child.on('message', (message) => {
      answer = message as typeof answer;
    });
    child.on('spawn', () => child.send(args));
    child.on('exit', (code, signal) => {
      clearInterval(watchdog);
      clearTimeout(timer);
      const ms = performance.now() - started;
      const measured = `peak resident memory ${peakRssMb.toFixed(0)} MB, ${ms.toFixed(0)} ms`;
      const result = answer as typeof answer;
      if (verdict) fail(new Error(`${modulePath}#${exportName}: ${verdict} (${measured})`));
      else if (result?.ok) settle({ value: result.value, peakRssMb: Math.max(peakRssMb, result.peakRssMb), ms });
      else if (result) fail(new Error(`${modulePath}#${exportName} threw: ${result.error}`));
      else fail(new Error(`${modulePath}#${exportName}: the child ended (code ${code}, signal ${signal}) without an answer (${measured})\n${stderr}`));
    });
  });
}
