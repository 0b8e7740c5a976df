import type { AppLog } from '../logging';
import { checkIntegrity, type IntegrityResult, type IntegrityRun, type SettingRepository } from '../storage';

export type IntegrityTiming = {
  /** How long after the data opens the first full check begins: the desk's first screen comes first. */
  afterStartMs: number;
  /** How often the schedule looks whether a check is due. */
  lookEveryMs: number;
  /** How old the last good check may grow before the schedule runs the next. */
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
  settings: Pick<SettingRepository, 'get' | 'set'>;
  now: () => Date;
  log: AppLog;
  /** The check found damage: the data must be closed and written no more. */
  damaged(detail: string): void;
};

const HOUR = 3_600_000;

/**
 * The full integrity check of the open database, off the start path: once soon after start, then
 * whenever the last good check (kept in settings, so the schedule outlives a restart) is a day
 * old, and on demand before a backup. One check runs at a time; whoever asks meanwhile joins it.
 */
export function watchIntegrity(data: WatchedData, timing: IntegrityTiming): IntegrityWatch {
  let run: IntegrityRun | null = null;
  let result: Promise<IntegrityResult> | null = null;
  let stopped = false;

  const settle = (found: IntegrityResult, ms: number) => {
    if (found.state === 'damaged') {
      data.damaged(found.detail);
    } else if (found.state === 'unchecked') {
      // The next look tries again: the last good check is as old as it was.
      data.log.warn('database.check_failed', { detail: found.detail });
    } else {
      data.log.info('database.checked', { ms });
      try {
        data.settings.set('database.checkedAt', data.now().toISOString());
      } catch {
        // A desk too busy to note the time checks again at the next look; the data is sound.
      }
    }
  };

  const check = (): Promise<IntegrityResult> => {
    if (result) return result;
    if (stopped) return Promise.resolve({ state: 'unchecked', detail: 'stopped' });
    const started = performance.now();
    const current = checkIntegrity(data.file, data.key);
    run = current;
    result = current.result.then((found) => {
      run = null;
      result = null;
      if (!stopped) settle(found, Math.round(performance.now() - started));
      return found;
    });
    return result;
  };

  const due = () => {
    const last = data.settings.get('database.checkedAt');
    return !last || data.now().getTime() - Date.parse(last) >= timing.everyHours * HOUR;
  };
  const first = setTimeout(() => void check(), timing.afterStartMs);
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
