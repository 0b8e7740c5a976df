import type { IncomingMessage, ServerResponse } from 'node:http';
import { HUB_EVENTS_PATH, HubError, hubErrorStatus, hubRoutes, roleAllows, type HubOutput, type HubParsedInput, type HubProblem, type HubRouteName } from '../../../shared/hub';
import { authenticate } from '../pairing';
import type { Device, DeviceStore } from '../storage';
import type { EventStreams } from './event-stream';

const MAX_BODY_BYTES = 4 * 1024 * 1024;

export type HubHandlers = { [N in HubRouteName]: (caller: Device | null, input: HubParsedInput<N>) => HubOutput<N> | Promise<HubOutput<N>> };

const routeByKey = new Map(Object.entries(hubRoutes).map(([name, route]) => [`${route.method} ${route.path}`, name as HubRouteName]));

async function readBody(request: IncomingMessage): Promise<unknown> {
  const pieces: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HubError('hub.payload_too_large');
    pieces.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(pieces).toString('utf8'));
  } catch {
    throw new HubError('hub.invalid_request');
  }
}

function send(response: ServerResponse, status: number, body: unknown) {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/** A refusal as its code and status; SQLite's own failures say only that the hub could not store it. */
function problemOf(error: unknown): { status: number; body: HubProblem } {
  if (error instanceof HubError) {
    const body: HubProblem = { code: error.code, ...(error.ticketNumber ? { ticketNumber: error.ticketNumber } : {}), ...(error.reason ? { reason: error.reason } : {}) };
    return { status: hubErrorStatus[error.code], body };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return { status: 503, body: { code: 'hub.unavailable' } };
  console.error('[hub] unexpected failure', error instanceof Error ? error.name : typeof error);
  return { status: 500, body: { code: 'hub.unavailable' } };
}

/**
 * Routes one request: the route from hubRoutes, the caller from its credential (each route names
 * the least role it needs), the body checked against the route's schema, the answer against its
 * own before it leaves.
 */
export function createHubRouter(
  handlers: HubHandlers,
  devices: DeviceStore,
  streams: EventStreams,
  /** The hall display's page and files, served without a credential: the page reads its own from its fragment. */
  page: (request: IncomingMessage, response: ServerResponse, url: URL) => boolean = () => false,
) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const url = new URL(request.url ?? '/', 'https://hub');
      if (page(request, response, url)) return;
      const caller = authenticate(devices, request.headers.authorization);
      if (request.method === 'GET' && url.pathname === HUB_EVENTS_PATH) {
        if (caller === null) throw new HubError('hub.unauthorized');
        return streams.follow(request, response, caller.id, url);
      }
      const name = routeByKey.get(`${request.method} ${url.pathname}`);
      if (name === undefined) throw new HubError('hub.not_found');
      const route = hubRoutes[name];
      if (route.role !== null) {
        if (caller === null) throw new HubError('hub.unauthorized');
        if (!roleAllows(caller.role, route.role)) throw new HubError('hub.forbidden');
      }
      let input: unknown;
      if (route.input !== null) {
        const parsed = route.input.safeParse(await readBody(request));
        if (!parsed.success) throw new HubError('hub.invalid_request');
        input = parsed.data;
      }
      const handler = handlers[name] as (caller: Device | null, input: unknown) => unknown;
      send(response, 200, route.output.parse(await handler(caller, input)));
    } catch (error) {
      const { status, body } = problemOf(error);
      send(response, status, body);
    }
  };
}
