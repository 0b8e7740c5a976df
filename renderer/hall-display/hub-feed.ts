import type { HallBoard } from '../../shared/hub/hall-board';

export type FeedState = 'connecting' | 'live' | 'offline' | 'revoked';
export type FeedHandlers = {
  onBoard(board: HallBoard): void;
  /** Returns true when the board must be read anew (the set-up changed, the hub's log was restored). */
  onEvent(event: string, data: unknown): boolean;
  onState(state: FeedState): void;
};

const BOARD_PATH = '/v1/display/board';
const EVENTS_PATH = '/v1/events';
/** The hub pings every 15 s: this long without a byte and the connection is taken for dead (a hub unplugged sends no FIN). */
const SILENCE_MS = 40_000;
const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 15_000;
const REVOKED_RETRY_MS = 60_000;

class Revoked extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads Server-Sent Events off a fetch body: EventSource cannot send the display's credential in a header. */
async function readEvents(body: ReadableStream<Uint8Array>, onBytes: () => void, onEvent: (event: string, data: string) => boolean) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    onBytes();
    buffer += decoder.decode(value, { stream: true });
    const blocks = buffer.split(/\r?\n\r?\n/);
    buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const content = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = content;
        else if (field === 'data') data.push(content);
      }
      if (data.length > 0 && onEvent(event, data.join('\n'))) {
        await reader.cancel();
        return;
      }
    }
  }
}

/**
 * Follows the hub for as long as the page lives: reads the board, then the events after it; when
 * the connection drops (the hub restarted, the network went away, nothing came for 40 s) it says
 * so and starts again by itself, reading the board anew so that nothing in between is missed.
 */
export async function followHub(credential: string, handlers: FeedHandlers): Promise<never> {
  const headers = { authorization: `Bearer ${credential}` };
  let retry = FIRST_RETRY_MS;
  for (;;) {
    const controller = new AbortController();
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const quiet = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => controller.abort(), SILENCE_MS);
    };
    try {
      quiet();
      const answer = await fetch(BOARD_PATH, { headers, cache: 'no-store', signal: controller.signal });
      if (answer.status === 401) throw new Revoked();
      if (!answer.ok) throw new Error(`board ${answer.status}`);
      const board = (await answer.json()) as HallBoard;
      handlers.onBoard(board);
      const stream = await fetch(`${EVENTS_PATH}?after=${board.lastEventId}`, { headers, cache: 'no-store', signal: controller.signal });
      if (stream.status === 401) throw new Revoked();
      if (!stream.ok || stream.body === null) throw new Error(`events ${stream.status}`);
      handlers.onState('live');
      retry = FIRST_RETRY_MS;
      let reload = false;
      await readEvents(stream.body, quiet, (event, data) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(data);
        } catch {
          return false;
        }
        reload = handlers.onEvent(event, parsed);
        return reload;
      });
      // A reload reads the board again at once; a stream the hub ended is a dropped connection.
      if (reload) continue;
      throw new Error('stream ended');
    } catch (error) {
      handlers.onState(error instanceof Revoked ? 'revoked' : 'offline');
      await sleep(error instanceof Revoked ? REVOKED_RETRY_MS : retry);
      retry = Math.min(retry * 2, LAST_RETRY_MS);
    } finally {
      clearTimeout(watchdog);
      controller.abort();
    }
  }
}
