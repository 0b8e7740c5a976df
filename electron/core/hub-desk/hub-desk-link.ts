import { ApiError, type ErrorCode } from '../../../shared/contract/errors';
import type { CentralLink, DaySnapshot, DeskTicket, HubInput, HubOutput, HubRouteName } from '../../../shared/hub';
import { connectToHub, HubFailure, hubPairingFile, pairWithHub, type HubConnection, type HubPairing } from '../hub-link';
import type { SecretProtector } from '../security';

export type HubDeskLink = ReturnType<typeof openHubDeskLink>;

/**
 * The desk's standing line to the centre's hub: the pairing kept on disk, the day as the hub last
 * told it, and the event stream that keeps that copy current. Every change the hub tells of, and
 * every loss or return of the hub, is passed to `changed` (which names nobody); a page then reads
 * the status again.
 */
export function openHubDeskLink({ pairingPath, protector, changed, timeoutMs = 8_000 }: { pairingPath: string; protector?: SecretProtector; changed: () => void; timeoutMs?: number }) {
  const file = hubPairingFile(pairingPath, protector);
  let connection: HubConnection | null = null;
  let follower: { close(): Promise<void> } | null = null;
  let snapshot: DaySnapshot | null = null;
  /** The hub's link to the central system as it last told; a display's pairing may not read it. */
  let central: CentralLink | null = null;
  let reachable = false;
  let failure: ErrorCode | null = null;
  let refreshing: Promise<void> | null = null;
  let again = false;
  let closed = false;
  /** The ticket called at this desk's window, with its citizen: the hub sends those only in the answer to the call. */
  let current: DeskTicket | null = null;

  const note = (error: unknown) => {
    if (error instanceof HubFailure && ['hub.unreachable', 'hub.unavailable', 'hub.bad_answer', 'hub.unauthorized', 'hub.certificate_mismatch'].includes(error.code)) {
      reachable = false;
      failure = error.code;
      changed();
    }
  };

  /** Reads the day again; calls that come while one read runs make one more read after it, not one each. */
  function refresh(): Promise<void> {
    if (refreshing) {
      again = true;
      return refreshing;
    }
    const conn = connection;
    if (!conn) return Promise.resolve();
    refreshing = (async () => {
      do {
        again = false;
        try {
          snapshot = await conn.call('day');
          [reachable, failure] = [true, null];
          central = await conn.call('central').catch(() => null);
        } catch (error) {
          note(error);
        }
      } while (again && !closed);
    })().finally(() => {
      refreshing = null;
      changed();
    });
    return refreshing;
  }

  async function start(pairing: HubPairing) {
    connection = connectToHub(pairing, { timeoutMs });
    await refresh();
    follower = connection.follow({
      after: snapshot?.lastEventId ?? 0,
      onEvent: (event) => {
        // Another desk may end this window's ticket (none should, but the hub's word stands).
        if (current && ['ticket.finished', 'ticket.returned', 'ticket.set_aside'].includes(event.event) && 'ticketId' in event.payload && event.payload.ticketId === current.id) current = null;
        void refresh();
      },
      onConnection: ({ connected, failure: lost }) => {
        if (connected) void refresh();
        else note(lost);
      },
    });
  }

  async function stop() {
    const [conn, stream] = [connection, follower];
    [connection, follower, snapshot, current, central] = [null, null, null, null, null];
    await stream?.close();
    conn?.close();
  }

  const kept = file.read();
  const started = kept ? start(kept) : Promise.resolve();

  return {
    started,
    pairing: () => connection?.pairing ?? null,
    snapshot: () => snapshot,
    central: () => central,
    /** A pull's answer is the link's newest state: kept so the status that follows shows it. */
    setCentral: (link: CentralLink) => {
      central = link;
    },
    reachable: () => reachable,
    failure: () => failure,
    current: () => current,
    setCurrent: (ticket: DeskTicket | null) => {
      current = ticket;
    },
    /** Pairs anew (replacing any earlier pairing) and starts following the new hub. */
    async pair(url: string, code: string, deskName: string) {
      const pairing = await pairWithHub({ url, code, deskName, timeoutMs });
      await stop();
      file.write(pairing);
      await start(pairing);
    },
    /** One route of the hub; a failure to reach it is remembered and told, the refusal passed on. */
    async call<N extends HubRouteName>(name: N, ...input: HubInput<N> extends undefined ? [] : [HubInput<N>]): Promise<HubOutput<N>> {
      if (!connection) throw new ApiError('hub.not_paired');
      try {
        const answer = await connection.call(name, ...input);
        if (!reachable) [reachable, failure] = [true, null];
        return answer;
      } catch (error) {
        note(error);
        throw error;
      }
    },
    refresh,
    async close() {
      closed = true;
      await started.catch(() => {});
      await stop();
    },
  };
}
