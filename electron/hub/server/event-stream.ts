import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventStore } from '../storage';

const HEARTBEAT_MS = 15_000;
const PAGE = 500;

export type EventStreams = ReturnType<typeof createEventStreams>;

/**
 * Server-Sent Events from the hub's event log. A client names the last event it has (the
 * `Last-Event-ID` header a browser's EventSource sends on reconnecting, or `?after=`); the stream
 * sends everything after it from the log, then each new event as its transaction commits. The log
 * is the only source, so a reconnect misses nothing and sees nothing a crash undid.
 */
export function createEventStreams(events: EventStore) {
  const open = new Map<ServerResponse, { deviceId: string; wake: () => void }>();

  function follow(request: IncomingMessage, response: ServerResponse, deviceId: string, url: URL) {
    const asked = request.headers['last-event-id'] ?? url.searchParams.get('after') ?? undefined;
    const lastSeq = events.lastSeq();
    let sent = typeof asked === 'string' && /^\d{1,15}$/.test(asked) ? Number(asked) : lastSeq;
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    response.write('retry: 2000\n\n');
    if (sent > lastSeq) {
      // The client knew events this log never held (a hub restored from an older copy): it reads the day anew.
      response.write(`id: ${lastSeq}\nevent: stream.resync\ndata: {}\n\n`);
      sent = lastSeq;
    }
    let waitingForDrain = false;
    const pump = () => {
      if (waitingForDrain || response.destroyed) return;
      for (;;) {
        const page = events.after(sent, PAGE);
        for (const event of page) {
          sent = event.seq;
          if (!response.write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${event.payload}\n\n`)) {
            waitingForDrain = true;
            response.once('drain', () => {
              waitingForDrain = false;
              pump();
            });
            return;
          }
        }
        if (page.length < PAGE) return;
      }
    };
    const heartbeat = setInterval(() => response.write(': ping\n\n'), HEARTBEAT_MS);
    open.set(response, { deviceId, wake: pump });
    response.on('close', () => {
      clearInterval(heartbeat);
      open.delete(response);
    });
    pump();
  }

  return {
    follow,
    /** After a commit: every open stream sends what it has not yet sent. */
    wake: () => {
      for (const stream of open.values()) stream.wake();
    },
    /** A revoked device's streams end at once. */
    endFor: (deviceId: string) => {
      for (const [response, stream] of open) if (stream.deviceId === deviceId) response.end();
    },
    endAll: () => {
      for (const response of open.keys()) response.end();
    },
  };
}
