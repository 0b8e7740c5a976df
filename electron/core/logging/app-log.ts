import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';

/**
 * The application's own log: rotating files under `<data>/logs`, written through electron-log (the
 * same library the Electron main process would use). Only event names and facts about the app go
 * in: error codes, method names, counts, durations. Never a contract input, never a citizen's name,
 * IIN, phone or address; `scrub` masks anything shaped like one that slips through.
 */
export type LogFields = Record<string, string | number | boolean | null>;
export type AppLog = {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  folder: string;
  /** The current file and its archives, oldest last. */
  files(): string[];
};

const LOG_FILE = 'qabyldau.log';
const MAX_BYTES = 1024 * 1024;
const ARCHIVES = 5;

/** Masks digit runs long enough to be an IIN or a phone number, and e-mail addresses. */
export function scrub(value: string): string {
  return value
    .replace(/\+?\d[\d\s()-]{8,}\d/g, '[digits]')
    .replace(/[^\s@]+@[^\s@]+\.[^\s@]+/g, '[email]')
    .slice(0, 300);
}

function line(event: string, fields: LogFields = {}): string {
  const parts = Object.entries(fields).map(([key, value]) => `${key}=${typeof value === 'string' ? scrub(value) : String(value)}`);
  return [scrub(event), ...parts].join(' ');
}

/** qabyldau.log → qabyldau.1.log → … → qabyldau.5.log, the oldest dropped. */
function rotate(folder: string): void {
  const archive = (n: number) => join(folder, `qabyldau.${n}.log`);
  rmSync(archive(ARCHIVES), { force: true });
  for (let n = ARCHIVES - 1; n >= 1; n -= 1) if (existsSync(archive(n))) renameSync(archive(n), archive(n + 1));
  renameSync(join(folder, LOG_FILE), archive(1));
}

export function openAppLog(folder: string, { maxBytes = MAX_BYTES } = {}): AppLog {
  mkdirSync(folder, { recursive: true });
  const logger = electronLog.create({ logId: `qabyldau-${folder}` });
  logger.transports.console.level = false;
  logger.transports.file.level = 'info';
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.file.maxSize = maxBytes;
  logger.transports.file.resolvePathFn = () => join(folder, LOG_FILE);
  logger.transports.file.archiveLogFn = () => rotate(folder);
  return {
    folder,
    info: (event, fields) => logger.info(line(event, fields)),
    warn: (event, fields) => logger.warn(line(event, fields)),
    error: (event, fields) => logger.error(line(event, fields)),
    files: () =>
      readdirSync(folder)
        .filter((name) => /^qabyldau(\.\d+)?\.log$/.test(name))
        .sort((a, b) => (a === LOG_FILE ? -1 : b === LOG_FILE ? 1 : a.localeCompare(b, 'en', { numeric: true })))
        .map((name) => join(folder, name)),
  };
}
