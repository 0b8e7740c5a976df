import { v7 as uuidv7 } from 'uuid';
import type { ErrorCode } from '../../../shared/contract/errors';
import type { SyncStatus } from '../../../shared/domain/sync';
import type { CoreDeps } from '../core-deps';
import type { OutboxBatch, OutboxItem, OutboxResendRepository, Quarantine, ScanUploadRepository } from '../storage';
import { pushIsolating } from './batch-split';
import { connectToCentral, SyncFailure, type CentralConnection, type CentralFetch, type Refusal } from './central-connection';
import type { CredentialStore } from './device-credential';
import { deskCredentialRenewal, forgetWithdrawnCredential, withdrawnCredential } from './enrolment';
import { readFeed, type FeedApplied } from './feed-cursor';
import { isTlsFailure } from './network-failure';
import { filesOf, quarantine, sendsFile } from './quarantine';
import { defaultBackoff, retryDelay, type Backoff } from './retry-policy';
import { EpochChanged, settleWithEpoch } from './server-epoch';
import { applyItemResult } from './sync-results';
import { inFlight, type InFlightLimit } from './in-flight';
import { wakeableSleep } from './wakeable-sleep';

export type SyncTiming = {
  /** Pause between passes when all is sent. */
  idleMs: number;
  /** One request's limit; a stalled server is given up on after it. Not for uploads: */
  timeoutMs: number;
  /** An upload is given up on (and resumed later) after this long without progress, however long it runs in all. */
  stallMs: number;
  /**
   * The most bytes of a scan one upload request carries; the server acknowledges each such piece.
   * Bounds the wait for an answer after the last byte left: the network's buffers hold at most
   * this much to drain, well within `stallMs` on a slow link (4 MiB at 1 Mbit/s: 34 s).
   */
  uploadChunkBytes: number;
  /** Scans uploaded at once, and their bytes together (a larger one goes alone). */
  uploadsInFlight: InFlightLimit;
  backoff: Backoff;
  batchItems: number;
  batchBytes: number;
  pullLimit: number;
};

export const defaultSyncTiming: SyncTiming = {
  idleMs: 60_000,
  timeoutMs: 60_000,
  stallMs: 60_000,
  uploadChunkBytes: 4 * 1024 * 1024,
  uploadsInFlight: { count: 4, bytes: 16 * 1024 * 1024 },
  backoff: defaultBackoff,
  batchItems: 50,
  batchBytes: 64 * 1024 * 1024,
  pullLimit: 200,
};

/** What a listener hears: each step of a pass, for progress lines and tests that kill mid-way. */
/** What the loop just did; `state` is a change of connection, error or wait the Sync page shows. */
export type SyncStep = { step: 'blob' | 'item' | 'batch' | 'page' | 'pass' | 'state' | 'epoch' | 'snapshot' | 'credential'; detail?: string; applied?: FeedApplied };
export type { FeedApplied };
type PassOutcome = { pass: number } & ({ ok: true } | { ok: false; failure: unknown; retrying: boolean });

class Paused extends Error {}

/** A scan of the queue that this desk cannot read back: held back as a refused file, with a code of the desk's own. */
const UNREADABLE_SCAN: Refusal = { status: 422, code: 'desk.scan_unreadable' };

export type SyncLoop = ReturnType<typeof createSyncLoop>;

/**
 * The background sender. Each pass: finish the batch left open (re-sent as it was), form new
 * batches by count and bytes, upload only the files the server lacks, push, apply each answer in
 * its own transaction, then read the change feed page by page. Every step is saved before the next
 * one starts, so a kill at any instant resumes without losing or repeating anything.
 */
export function createSyncLoop(options: {
  deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'catalogues' | 'decisions' | 'events' | 'now' | 'outbox' | 'settings' | 'staff' | 'visits'>;
  /** A scan's content, unsealed from the store. */
  blobContent: (sha256: string) => Promise<Buffer>;
  credential: CredentialStore;
  timing: SyncTiming;
  /** What a restored server lost goes back to the queue through it (server-epoch.ts). */
  resends: OutboxResendRepository;
  /** Where each scan's resumable upload stands (scan-upload.ts). */
  uploads: ScanUploadRepository;
  fetch?: CentralFetch;
  logFailure?: (code: ErrorCode) => void;
  /** Hears of each application held back, by why alone: no id, nothing of the citizen's. */
  logHeldBack?: (why: Pick<Quarantine, 'kind' | 'status' | 'code'>) => void;
}) {
  const { deps, blobContent, credential, timing, resends } = options;
  const stopping = new AbortController();
  const listeners = new Set<(step: SyncStep) => void>();
  const passWaiters = new Set<(outcome: PassOutcome) => void>();
  let connection: SyncStatus['connection'] = 'idle';
  let lastError: ErrorCode | null = null;
  let nextAttemptAt: string | null = null;
  let progress: SyncStatus['batch'] = null;
  let failures = 0;
  let passes = 0;
  // The server's Retry-After holds even against "sync now": it asked for quiet until then.
  let notBefore = 0;
  const renewal = deskCredentialRenewal(deps, credential);

  const now = () => deps.now().toISOString();
  const emit = (step: SyncStep) => listeners.forEach((listener) => listener(step));
  const enrolled = () => deps.settings.get('sync.server') !== undefined && credential.read() !== null;
  const paused = () => deps.settings.get('sync.paused') === '1';
  const checkPaused = () => {
    if (paused() || stopping.signal.aborted) throw new Paused();
  };

  const { sleep, wake: requestWake } = wakeableSleep(stopping.signal);

  /**
   * Uploads the files the server lacks, asked in one question; answers those it refused, with why.
   * A scan this desk cannot read (gone from the store, or failing its seal) is refused here: only
   * the applications that send it are held back.
   */
  async function upload(central: CentralConnection, blobs: Map<string, number>, force: boolean) {
    const lacking = force ? new Set(blobs.keys()) : await central.missingBlobs([...blobs.keys()]);
    const refused = new Map<string, Refusal>();
    for (const [sha256, size] of blobs) {
      if (lacking.has(sha256)) continue;
      // Held already: an upload kept for it was finished by the server before its answer was lost.
      options.uploads.forget(sha256);
      if (progress) progress.sentBytes += size;
    }
    // Several at once: a file's round trips, the server's sync of it to disk and the reading of the
    // next one from the store overlap, instead of adding up file after file.
    await inFlight([...lacking].filter((sha256) => blobs.has(sha256)), timing.uploadsInFlight, (sha256) => blobs.get(sha256)!, async (sha256) => {
      checkPaused();
      const content = await blobContent(sha256).catch(() => null);
      if (!content) {
        refused.set(sha256, UNREADABLE_SCAN);
        return;
      }
      let counted = 0;
      const onProgress = (bytes: number) => {
        if (progress && bytes > counted) progress.sentBytes += bytes - counted;
        counted = Math.max(counted, bytes);
      };
      const refusal = await central.uploadScan({ sha256, content, uploads: options.uploads, chunkBytes: timing.uploadChunkBytes, onProgress }, timing.stallMs);
      if (refusal) refused.set(sha256, refusal);
      else emit({ step: 'blob', detail: sha256 });
    });
    return refused;
  }

  const holdBack = (item: OutboxItem, refusal: Refusal, file?: string) => {
    const held = deps.atomically(() => quarantine(deps, item, refusal, file));
    if (held) options.logHeldBack?.({ kind: held.kind, status: held.status, code: held.code });
    emit({ step: 'item', detail: 'quarantined' });
  };

  async function sendBatch(central: CentralConnection, batch: OutboxBatch) {
    progress = { id: batch.id, items: batch.items.length, bytes: batch.bytes, sentBytes: 0 };
    let pending = batch.items;
    let files = filesOf(pending);
    for (let round = 0; pending.length > 0; round++) {
      checkPaused();
      // The server asked again for files just sent: it lost them; try the whole pass later.
      if (round === 3) throw new SyncFailure('sync.bad_answer', true);
      // A file the server will not take holds back the applications that send it, and only them.
      for (const [sha256, refusal] of await upload(central, files, round > 0)) {
        for (const item of pending.filter((candidate) => sendsFile(candidate, sha256))) holdBack(item, refusal, sha256);
        pending = pending.filter((candidate) => !sendsFile(candidate, sha256));
      }
      const missing = new Map<string, number>();
      const again: OutboxItem[] = [];
      const push = (items: OutboxItem[]) => {
        checkPaused();
        return central.pushBatch(batch.id, items.map((item) => JSON.parse(item.payload) as unknown));
      };
      await pushIsolating(push, pending, {
        answered: (answers) => {
          const decided = answers.filter(({ item, result }) => {
            if (result.outcome !== 'missing_blobs') return true;
            const sizes = filesOf([item]);
            for (const sha256 of result.missing ?? []) if (sizes.has(sha256)) missing.set(sha256, sizes.get(sha256)!);
            again.push(item);
            return false;
          });
          // One commit for the whole answer: a commit is a sync of the disk, and a batch is fifty.
          deps.atomically(() => decided.forEach(({ item, result }) => applyItemResult(deps, item, result)));
          for (const { result } of decided) emit({ step: 'item', detail: result.outcome });
        },
        refused: (item, refusal) => holdBack(item, refusal),
      });
      pending = again;
      files = missing;
    }
    deps.atomically(() => deps.outbox.finishBatchIfAnswered(batch.id, now()));
    emit({ step: 'batch', detail: batch.id });
    progress = null;
  }

  async function applyRecordedAnswers(central: CentralConnection, batch: OutboxBatch) {
    const recorded = await central.batchAnswers(batch.id);
    if (!recorded) return;
    const byKey = new Map(recorded.results.map((result) => [`${result.id}/${result.version}`, result]));
    for (const item of batch.items) {
      const result = byKey.get(`${item.applicationId}/${item.version}`);
      if (!result || result.outcome === 'missing_blobs') continue;
      deps.atomically(() => applyItemResult(deps, item, result));
      emit({ step: 'item', detail: result.outcome });
    }
    deps.atomically(() => deps.outbox.finishBatchIfAnswered(batch.id, now()));
  }

  const connect = (knownEpoch: string | null = deps.settings.get('sync.epoch') ?? null) =>
    connectToCentral({
      server: deps.settings.get('sync.server')!,
      credential: credential.read(),
      timeoutMs: timing.timeoutMs,
      signal: stopping.signal,
      now: deps.now,
      fetch: options.fetch,
      knownEpoch,
      onRotate: renewal.asked,
    });

  /** A pass against the server's present epoch: a new epoch is settled with first, then the pass runs again. */
  async function pass() {
    let newEpoch: string | null = null;
    for (let round = 0; round < 4; round++) {
      try {
        if (newEpoch !== null) {
          const requeued = await settleWithEpoch(deps, resends, connect(newEpoch), newEpoch);
          emit({ step: 'epoch', detail: String(requeued) });
        }
        return await passInEpoch(connect());
      } catch (failure) {
        if (!(failure instanceof EpochChanged)) throw failure;
        newEpoch = failure.epoch;
      }
    }
    // Restored again and again while the desk settles: a server in trouble; try later.
    throw new SyncFailure('sync.bad_answer', true);
  }

  async function passInEpoch(central: CentralConnection) {
    for (;;) {
      checkPaused();
      const resumed = deps.atomically(() => deps.outbox.unfinishedBatch());
      // A batch sent before whose answer was lost: what the server decided is read, not guessed.
      if (resumed) await applyRecordedAnswers(central, resumed);
      const batch = deps.atomically(
        () => deps.outbox.unfinishedBatch() ?? deps.outbox.formBatch(uuidv7(), now(), { items: timing.batchItems, bytes: timing.batchBytes }),
      );
      if (!batch) break;
      if (batch.items.length === 0) deps.atomically(() => deps.outbox.finishBatchIfAnswered(batch.id, now()));
      else await sendBatch(central, batch);
    }
    await readFeed(deps, central, timing.pullLimit, { centralKey: credential.centralKey() }, ({ cursor, applied, snapshot }) =>
      emit(snapshot ? { step: 'snapshot' } : { step: 'page', detail: cursor, applied }),
    );
    if (await renewal.renewIfAsked(central)) emit({ step: 'credential' });
  }

  const settle = (outcome: PassOutcome) => passWaiters.forEach((waiter) => waiter(outcome));

  async function run() {
    while (!stopping.signal.aborted) {
      if (!enrolled() || paused()) {
        connection = enrolled() ? 'paused' : 'not_enrolled';
        nextAttemptAt = null;
        emit({ step: 'state' });
        await sleep(Infinity);
        continue;
      }
      const quiet = notBefore - deps.now().getTime();
      if (quiet > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, quiet);
          stopping.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
        });
        continue;
      }
      connection = 'syncing';
      emit({ step: 'state' });
      const passNumber = ++passes;
      try {
        await pass();
        failures = 0;
        lastError = null;
        connection = 'idle';
        deps.settings.set('sync.lastSuccessAt', now());
        emit({ step: 'pass' });
        settle({ pass: passNumber, ok: true });
        nextAttemptAt = new Date(deps.now().getTime() + timing.idleMs).toISOString();
        await sleep(timing.idleMs);
      } catch (failure) {
        progress = null;
        if (stopping.signal.aborted) break;
        if (failure instanceof Paused) continue;
        const retrying = failure instanceof SyncFailure && failure.retryable;
        lastError = failure instanceof SyncFailure ? failure.code : 'internal.unexpected';
        if (withdrawnCredential(lastError)) forgetWithdrawnCredential(deps, credential, lastError);
        options.logFailure?.(lastError);
        settle({ pass: passNumber, ok: false, failure, retrying });
        if (retrying) {
          failures++;
          // The network carried the request, but this desk cannot trust what answered.
          connection = isTlsFailure(failure.code) ? 'tls_error' : 'offline';
          const delay = retryDelay(failures, timing.backoff, failure.retryAfterMs);
          if (failure.retryAfterMs !== undefined) notBefore = deps.now().getTime() + delay;
          nextAttemptAt = new Date(deps.now().getTime() + delay).toISOString();
          emit({ step: 'state' });
          await sleep(delay);
        } else {
          connection = 'error';
          nextAttemptAt = null;
          emit({ step: 'state' });
          await sleep(Infinity);
        }
      }
    }
  }

  let running: Promise<void> | null = null;

  return {
    start() {
      running ??= run();
    },
    /** Brings the next pass forward to now. */
    wakeUp() {
      // "Sync now" during a wait the server asked for keeps the backoff: the pass comes when the
      // server allows, and a server still busy then is not met with a fresh first retry.
      if (deps.now().getTime() >= notBefore) failures = 0;
      requestWake();
    },
    subscribe(listener: (step: SyncStep) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * Resolves after a pass that began after the call succeeds; retryable failures are waited
     * through, one that needs a person rejects.
     */
    drain(): Promise<void> {
      const startedBefore = passes;
      return new Promise((resolve, reject) => {
        const waiter = (outcome: PassOutcome) => {
          if (outcome.pass > startedBefore && (outcome.ok || !outcome.retrying)) {
            passWaiters.delete(waiter);
            if (outcome.ok) resolve();
            else reject(outcome.failure as Error);
          }
        };
        passWaiters.add(waiter);
        requestWake();
      });
    },
    enrolled,
    state: () => ({ connection, lastError, nextAttemptAt, batch: progress ? { ...progress } : null }),
    async close() {
      stopping.abort();
      requestWake();
      await running;
    },
  };
}
