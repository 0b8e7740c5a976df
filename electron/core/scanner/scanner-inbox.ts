import { stat, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../shared/contract/errors';
import { scansStoredAtOnce } from '../../../shared/domain/scan-limits';
import { checkAttachmentName, inspectAttachment, readAndStore, type BlobStore } from '../attachments';
import type { ScannerInboxRepository } from '../storage';

export type ScannerTiming = {
  /** How long a file's size must stay the same before it is read. */
  stableMs: number;
  /** How long a file that still looks cut short is given before it is refused. */
  graceMs: number;
  pollMs: number;
};
const defaultScannerTiming: ScannerTiming = { stableMs: 2000, graceMs: 15000, pollMs: 250 };

export type ScannerWatch = {
  folder: string;
  /** Resolves once every file seen so far has been dealt with; for tests and shutdown. */
  idle(): Promise<void>;
  close(): Promise<void>;
};

// Scanner drivers and sync tools write under these names first and rename when done.
const unfinishedName = /^(\.|~\$)|\.(tmp|part|partial|crdownload)$/i;
const maybeCutShort = ['pdf_broken', 'image_broken'];
const TAKEN_AT_ONCE = scansStoredAtOnce;

/**
 * Watches the scanner folder. A file enters the inbox once, when it is complete: its size has
 * stopped changing and its content opens (a PDF still being written has no end marker yet, so
 * it is looked at again, and refused only after a grace time). A file taken in is stored in the
 * blob store first, recorded second, and only then removed from the scanner folder.
 */
export function watchScannerFolder(
  folder: string,
  store: BlobStore,
  inbox: ScannerInboxRepository,
  now: () => Date,
  timing: ScannerTiming = defaultScannerTiming,
): ScannerWatch {
  // Files waiting to be taken, and those being taken: a few at once, so that one file's checks run
  // while the others are sealed and made durable (a scanner drops a batch of pages at a time).
  const waiting: string[] = [];
  const taking = new Set<string>();
  const settled: (() => void)[] = [];
  let closed = false;
  const retries = new Map<string, NodeJS.Timeout>();

  async function take(path: string): Promise<void> {
    if (closed) return;
    const name = basename(path);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return;
    const sourceKey = `${name}\u0000${info.size}\u0000${Math.trunc(info.mtimeMs)}`;
    const base = { id: uuidv7(), originalName: name, foundAt: now().toISOString(), mediaType: null, size: info.size, sha256: null, pageCount: null };
    try {
      checkAttachmentName(name);
      const { blob, checked } = await readAndStore(store, path, inspectAttachment);
      const { mediaType, pageCount } = checked;
      if (closed) return;
      inbox.dropRefusalsOf(name);
      if (inbox.add({ ...base, mediaType, pageCount, ...blob, refusedRule: null, state: 'waiting' }, sourceKey)) await unlink(path).catch(() => {});
    } catch (error) {
      if (!(error instanceof ApiError) || closed) return;
      const rule = (error.issues?.[0]?.message ?? 'validation.attachment_type').replace('validation.attachment_', '');
      const age = Date.now() - info.mtimeMs;
      if (maybeCutShort.includes(rule) && age < timing.graceMs) {
        schedule(path, timing.graceMs - age + timing.pollMs);
        return;
      }
      inbox.add({ ...base, refusedRule: rule, state: 'refused' }, sourceKey);
    }
  }

  function next(): void {
    for (let index = 0; index < waiting.length && taking.size < TAKEN_AT_ONCE; ) {
      const path = waiting[index]!;
      // A file seen again while it is being taken waits for that to end, and is then looked at anew.
      if (taking.has(path)) {
        index++;
        continue;
      }
      waiting.splice(index, 1);
      taking.add(path);
      void take(path)
        .catch(() => {})
        .finally(() => {
          taking.delete(path);
          next();
        });
    }
    if (taking.size === 0 && waiting.length === 0) for (const resolve of settled.splice(0)) resolve();
  }
  const idle = () => (taking.size === 0 && waiting.length === 0 ? Promise.resolve() : new Promise<void>((resolve) => settled.push(resolve)));

  function enqueue(path: string): void {
    clearTimeout(retries.get(path));
    retries.delete(path);
    if (!waiting.includes(path)) waiting.push(path);
    next();
  }
  function schedule(path: string, delay: number): void {
    clearTimeout(retries.get(path));
    retries.set(path, setTimeout(() => enqueue(path), delay));
  }

  const watcher: FSWatcher = watch(folder, {
    depth: 0,
    ignoreInitial: false,
    ignored: (path, stats) => Boolean(stats?.isFile()) && unfinishedName.test(basename(path)),
    awaitWriteFinish: { stabilityThreshold: timing.stableMs, pollInterval: timing.pollMs },
    // Network shares (a scanner writing over SMB) send no change events; polling sees them.
    usePolling: folder.startsWith('\\\\'),
    interval: timing.pollMs,
  });
  watcher.on('add', enqueue).on('change', enqueue).on('error', () => {});

  return {
    folder,
    idle,
    close: async () => {
      closed = true;
      for (const timer of retries.values()) clearTimeout(timer);
      await watcher.close();
      await idle();
    },
  };
}
