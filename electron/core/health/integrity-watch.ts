import type { AppLog } from '../logging';
import { checkIntegrity, type IntegrityResult, type IntegrityRun } from '../storage';

export type IntegrityTiming = {
  /** How long after the data opens the first full check begins: the desk's first screen comes first. */
  afterStartMs: number;
  /** How often the schedule looks whether a check is due. */
  lookEveryMs: number;
  /** How old this run's last good check may grow before the schedule runs the next. */
  everyHours: number;
};
export const defaultIntegrityTiming: IntegrityTiming = { afterStartMs: 5_000, lookEveryMs: 10 * 60_000, everyHours: 24 };

export type IntegrityWatch = {
  /** Runs the full check now, or joins the one under way. */
  check(): Promise<IntegrityResult>;
  /** Stops the schedule and any check under way; resolves once the check's connection has closed. */
  stop(): Promise<void>;
};

type WatchedData = {
  file: string;
  key: Buffer;
  now: () => Date;
  log: AppLog;
  /** The check found damage: the data must be closed and written no more. */
  damaged(detail: string): void;
};

const HOUR = 3_600_000;

/**
 * The full integrity check of the open database, off the start path: once soon after start, then
 * whenever the last good check is a day old, and on demand before a backup. One check runs at a
 * time; whoever asks meanwhile joins it.
 *
 * The time of the last good check is kept in memory, not written to the database: the watch never
 * writes. A write from here runs on the desk's one thread, and while another connection holds the
 * write lock SQLite's busy handler sleeps on that thread (up to the busy timeout), the window frozen
 * meanwhile. A check after every start is what the schedule needs anyway: it is the first look at
 * the whole file since it was last opened.
 */
export function watchIntegrity(data: WatchedData, timing: IntegrityTiming): IntegrityWatch {
  let run: IntegrityRun | null = null;
  let result: Promise<IntegrityResult> | null = null;
  let stopped = false;
  let lastGood: number | null = null;

  const settle = (found: IntegrityResult, ms: number) => {
    if (found.state === 'damaged') {
      data.damaged(found.detail);
    } else if (found.state === 'unchecked') {
      // The next look tries again: the last good check is as old as it was.
      data.log.warn('database.check_failed', { detail: found.detail });
    } else {
      data.log.info('database.checked', { ms });
      lastGood = data.now().getTime();
    }
  };

  const check = (): Promise<IntegrityResult> => {
    if (result) return result;
    if (stopped) return Promise.resolve({ state: 'unchecked', detail: 'stopped' });
    const begun = performance.now();
    const current = checkIntegrity(data.file, data.key);
    run = current;
    result = current.result.then((found) => {
      run = null;
      result = null;
      if (!stopped) settle(found, Math.round(performance.now() - begun));
      return found;
    });
    return result;
  };

  // The look leaves the first check to the timer; one that could not run to its end is tried again.
  let started = false;
  const due = () => started && (lastGood === null || data.now().getTime() - lastGood >= timing.everyHours * HOUR);
  const first = setTimeout(() => {
    started = true;
    void check();
  }, timing.afterStartMs);
  const look = setInterval(() => {
    if (!result && !stopped && due()) void check();
  }, timing.lookEveryMs);
  first.unref();
  look.unref();

  return {
    check,
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(look);
      await run?.stop();
    },
  };
}
