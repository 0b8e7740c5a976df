import { createInterface } from 'node:readline';
import { HUB_EVENTS_PATH, parseHubEvent, type HubEvent } from '../../../shared/hub';
import { HubFailure } from './hub-failure';
import { openRequest, pinnedTls } from './hub-https';
import { pinOf, type HubPairing } from './hub-pairing';

export type FollowOptions = {
  /** The last event this desk has (a snapshot's `lastEventId`); the stream resumes after it. */
  after: number;
  onEvent: (event: HubEvent) => void;
  /** Connected or not, and why not: the desk says plainly when it has lost the hub. */
  onConnection?: (state: { connected: boolean; failure: HubFailure | null }) => void;
  retryMs?: number;
};

/**
 * Follows the hub's Server-Sent Events, reconnecting after a cut with `Last-Event-ID` set to the
 * last event it handed on, so that every event reaches `onEvent` once and in order, whatever the
 * network did. A certificate that is not the pinned one ends nothing silently: it is reported and
 * tried again, never trusted.
 */
export function followHubEvents(pairing: HubPairing, { after, onEvent, onConnection = () => {}, retryMs = 2_000 }: FollowOptions) {
  const stop = new AbortController();
  let last = after;
  let retry = retryMs;

  async function readOnce(): Promise<void> {
    const response = await openRequest(
      new URL(HUB_EVENTS_PATH, pairing.url),
      { method: 'GET', agent: false, ...pinnedTls(pinOf(pairing)), headers: { authorization: `Bearer ${pairing.credential}`, accept: 'text/event-stream', 'last-event-id': String(last) } },
      null,
      // The stream stays silent between events; the hub's heartbeat comes every 15 s.
      45_000,
      stop.signal,
    );
    if (response.statusCode === 401) throw new HubFailure('hub.unauthorized');
    if (response.statusCode !== 200) throw new HubFailure('hub.bad_answer');
    onConnection({ connected: true, failure: null });
    let id: number | null = null;
    let name = 'message';
    let data: string[] = [];
    for await (const line of createInterface({ input: response, crlfDelay: Infinity })) {
      if (line === '') {
        const event = id !== null ? parseHubEvent(id, name, data.join('\n')) : null;
        // A resync names an id lower than the one the desk had: from there on the hub's log is the truth.
        if (event !== null && (event.id > last || event.event === 'stream.resync')) {
          last = event.id;
          onEvent(event);
        }
        [id, name, data] = [null, 'message', []];
      } else if (line.startsWith('id:')) id = Number(line.slice(3).trim());
      else if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      else if (line.startsWith('retry:')) retry = Number(line.slice(6)) || retry;
    }
  }

  const running = (async () => {
    while (!stop.signal.aborted) {
      try {
        await readOnce();
        if (!stop.signal.aborted) onConnection({ connected: false, failure: new HubFailure('hub.unreachable') });
      } catch (error) {
        if (stop.signal.aborted) break;
        onConnection({ connected: false, failure: error instanceof HubFailure ? error : new HubFailure('hub.unreachable') });
      }
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, retry);
        stop.signal.addEventListener('abort', () => resolve(clearTimeout(timer)), { once: true });
      });
    }
  })();

  return {
    /** The id of the last event handed on. */
    lastEventId: () => last,
    close: async () => {
      stop.abort();
      await running;
    },
  };
}
