import { ApiError } from '../../../shared/contract/errors';
import { localDayOf } from '../../../shared/domain/day';
import { HubError, type CentralLink, type CentralLinkState } from '../../../shared/hub';
import {
  connectToCentral,
  credentialRenewal,
  defaultBackoff,
  enrolmentRequestId,
  EpochChanged,
  followFeed,
  requestEnrolment,
  retryDelay,
  SyncFailure,
  withdrawnCredential,
  type Backoff,
  type CentralFetch,
  type ChangePage,
  type EnrolmentRequest,
  wakeableSleep,
} from '../../core/sync';
import type { CentreStore, EventStore, HubDatabase, SettingsStore } from '../storage';
import { centralSettings } from './central-settings';
import { bookingsOfPage } from './feed-bookings';

/** The desk id the hub enrols under: the central system knows it as one more device of the centre. */
export const HUB_DESK_ID = 'hub';

export type CentralTiming = { intervalMs: number; timeoutMs: number; backoff: Backoff; pullLimit: number };
export const defaultCentralTiming: CentralTiming = { intervalMs: 60_000, timeoutMs: 30_000, backoff: defaultBackoff, pullLimit: 200 };

export type CentralLinkOptions = {
  database: HubDatabase;
  settings: SettingsStore;
  centre: CentreStore;
  events: EventStore;
  now: () => Date;
  /** Wakes the event stream after a page's transaction committed. */
  onWrite: () => void;
  timing?: CentralTiming;
  fetch?: CentralFetch;
  log?: (line: string) => void;
};

/** The link changed while a pass ran (linked anew): what the old pass read is not kept. */
class Relinked extends Error {}

/**
 * The hub as a device of its centre: it follows the centre's feed from the central system every
 * `intervalMs` and on demand, and keeps the bookings in its own table. The protocol is the desk's
 * (electron/core/sync): the same connection, enrolment, cursor and epoch rules, backoff with the
 * server's Retry-After, credential rotation; a withdrawn credential stops it until a supervisor
 * links it again.
 */
export function createCentralLink({ database, settings: store, centre, events, now, onWrite, timing = defaultCentralTiming, fetch, log = () => {} }: CentralLinkOptions) {
  const kept = centralSettings(database, store);
  const stopping = new AbortController();
  let state: CentralLinkState = 'not_linked';
  let failure: string | null = null;
  let nextAttemptAt: string | null = null;
  let failures = 0;
  // Retry-After holds even against a desk's "pull now": the server asked for quiet until then.
  let notBefore = 0;
  let generation = 0;
  // Each pass's number; a desk's "pull now" waits for one that began after it asked.
  let passes = 0;
  const passWaiters = new Set<(pass: number) => void>();
  const settle = (pass: number) => passWaiters.forEach((waiter) => waiter(pass));
  const renewal = credentialRenewal(kept.credential, () => log('[hub] central credential renewed'));

  const linked = () => kept.server() !== null && kept.centre() !== null && kept.credential.read() !== null;

  const { sleep, wake: requestWake } = wakeableSleep(stopping.signal);

  const connect = (knownEpoch: string | null) =>
    connectToCentral({
      server: kept.server()!,
      credential: kept.credential.read(),
      timeoutMs: timing.timeoutMs,
      signal: stopping.signal,
      now,
      fetch,
      knownEpoch,
      onRotate: renewal.asked,
    });

  /** One page's bookings and its cursor in one transaction, with the event that tells of them. */
  function keepPage(page: ChangePage, started: number) {
    const at = now();
    const count = database.atomically(() => {
      if (generation !== started) throw new Relinked();
      const rows = bookingsOfPage(page.changes, localDayOf(at));
      for (const row of rows) centre.putBooking(row, at.toISOString());
      if (rows.length > 0) events.append('bookings.changed', { count: rows.length }, at.toISOString());
      kept.setCursor(page.cursor);
      return rows.length;
    });
    if (count > 0) onWrite();
    return count;
  }

  /** Reads the feed to its end in the server's present epoch; a new epoch starts again from its snapshot. */
  async function pass() {
    const started = generation;
    for (let round = 0; round < 4; round++) {
      const central = connect(kept.epoch());
      try {
        await followFeed(central, timing.pullLimit, kept.position, (page) => keepPage(page, started), ({ snapshot }) => {
          if (snapshot) log('[hub] central feed read again from its snapshot');
        });
        await renewal.renewIfAsked(central);
        return;
      } catch (error) {
        if (!(error instanceof EpochChanged)) throw error;
        if (generation !== started) throw new Relinked();
        kept.settleEpoch(error.epoch);
      }
    }
    // Restored again and again while the hub settles: a server in trouble; try later.
    throw new SyncFailure('sync.bad_answer', true);
  }

  async function run() {
    while (!stopping.signal.aborted) {
      const revoked = kept.revoked();
      if (revoked !== null || !linked()) {
        [state, failure, nextAttemptAt] = revoked !== null ? ['revoked', revoked, null] : ['not_linked', null, null];
        settle(Infinity);
        await sleep(Infinity);
        continue;
      }
      const quiet = notBefore - now().getTime();
      if (quiet > 0) {
        // Only linking anew ends this wait early: a desk's "pull now" does not wake it (pullNow).
        await sleep(quiet);
        continue;
      }
      state = 'pulling';
      const passNumber = ++passes;
      try {
        await pass();
        [state, failure, failures] = ['idle', null, 0];
        kept.pulled(now().toISOString());
        nextAttemptAt = new Date(now().getTime() + timing.intervalMs).toISOString();
        settle(passNumber);
        await sleep(timing.intervalMs);
      } catch (error) {
        if (stopping.signal.aborted) break;
        if (error instanceof Relinked) continue;
        const code = error instanceof SyncFailure ? error.code : 'sync.bad_answer';
        failure = code;
        // The code, or the error's kind: never a message that could hold a booking's data.
        log(`[hub] central pull failed: ${code}${error instanceof SyncFailure ? '' : ` (${error instanceof Error ? error.name : typeof error})`}`);
        if (withdrawnCredential(code)) {
          kept.withdraw(code);
          continue;
        }
        // Anything not the central system's answer (the hub's own database busy or failing) is tried again too.
        if (!(error instanceof SyncFailure) || error.retryable) {
          failures++;
          const retryAfterMs = error instanceof SyncFailure ? error.retryAfterMs : undefined;
          const delay = retryDelay(failures, timing.backoff, retryAfterMs);
          if (retryAfterMs !== undefined) notBefore = now().getTime() + delay;
          [state, nextAttemptAt] = ['offline', new Date(now().getTime() + delay).toISOString()];
          settle(passNumber);
          await sleep(delay);
        } else {
          [state, nextAttemptAt] = ['error', null];
          settle(passNumber);
          await sleep(Infinity);
        }
      }
    }
  }

  const view = (): CentralLink => ({
    state,
    server: kept.server(),
    centreId: kept.centre(),
    lastPullAt: kept.lastPullAt(),
    failure,
    nextAttemptAt,
    bookingsToday: centre.bookingsOn(localDayOf(now())),
  });

  const running = run();

  /**
   * Asks for a pull now and resolves with the state once that pass ended (read, failed, or put
   * off by the server's Retry-After), or after `waitMs`, whichever is first.
   */
  async function pullNow(waitMs = 15_000): Promise<CentralLink> {
    if (!linked() && kept.revoked() === null) throw new HubError('hub.central_not_linked');
    const quiet = notBefore > now().getTime();
    if (!quiet) failures = 0;
    let timer: NodeJS.Timeout | undefined;
    const startedBefore = passes;
    let waiter = (_pass: number) => {};
    const ended = new Promise<void>((resolve) => {
      waiter = (pass) => {
        if (pass > startedBefore) resolve();
      };
      passWaiters.add(waiter);
      timer = setTimeout(resolve, quiet ? 0 : waitMs);
    });
    if (!quiet) requestWake();
    await ended;
    clearTimeout(timer);
    passWaiters.delete(waiter);
    return view();
  }

  return {
    state: view,
    pullNow,
    /**
     * Enrols the hub with a code the central system issued for the centre and desk `hub`, keeps the
     * credential and the central key, and starts pulling. A refusal is `hub.central_refused` with
     * the central system's reason.
     */
    async link(request: Omit<EnrolmentRequest, 'deskId'>): Promise<CentralLink> {
      const asked = { ...request, deskId: HUB_DESK_ID };
      let enrolment;
      try {
        enrolment = await requestEnrolment(asked, enrolmentRequestId(kept.secret(), asked), now, fetch);
      } catch (error) {
        if (error instanceof ApiError) throw new HubError('hub.central_refused', undefined, error.code);
        throw error;
      }
      generation++;
      kept.link(request.server, enrolment.centreId, enrolment.deviceId, { credential: enrolment.credential, centralKey: enrolment.centralKey });
      [failure, failures, notBefore] = [null, 0, 0];
      return pullNow();
    },
    async close() {
      stopping.abort();
      requestWake();
      await running;
    },
  };
}
export type CentralLinkRunner = ReturnType<typeof createCentralLink>;
