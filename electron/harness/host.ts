import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../shared/contract/dispatch';
import type { Envelope } from '../../shared/contract/envelope';
import type { ErrorCode } from '../../shared/contract/errors';
import type { CoreEvent } from '../../shared/contract/events';
import { rendererSecurityHeaders } from '../renderer-host/content-security-policy';
import { mediaTypeOf, resolveRendererFile } from '../renderer-host/static-files';

/** The header the renderer sends the per-run token in; a custom header also forces CORS preflight. */
export const TOKEN_HEADER = 'x-qabyldau-token';
// Room for the largest call: a signed scan, 2,000,000 base64 characters, with its JSON around it.
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export type HarnessHost = { url: string; port: number; token: string; close(): Promise<void> };

export type HarnessOptions = { dispatch: Dispatch; events?: EventSource; rendererDir: string; port?: number; token?: string };
type EventSource = { subscribe(listener: (event: CoreEvent) => void): () => void };

const statusByCode: Partial<Record<ErrorCode, number>> = {
  'contract.unknown_method': 404,
  'contract.invalid_input': 400,
  'transport.unauthorized': 401,
  'transport.forbidden_sender': 403,
  'transport.payload_too_large': 413,
  'visit.duplicate_id': 409,
  'visit.not_found': 404,
  'visit.transition_refused': 409,
  'application.not_found': 404,
  'application.locked': 409,
  'application.not_finished': 409,
  'application.visit_mismatch': 409,
  'bookings.unreadable_file': 422,
  'statement.print_unavailable': 501,
  'attachment.refused': 422,
  'storage.unavailable': 503,
  'contract.invalid_output': 500,
  'internal.unexpected': 500,
};

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : (statusByCode[envelope.error.code] ?? 400);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(envelope));
}

const fail = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code } });

function tokenMatches(given: string | string[] | undefined, token: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const candidate = Buffer.from(given);
  return candidate.length === token.length && timingSafeEqual(candidate, token);
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) return 'too_large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Serves the built renderer and the API contract on 127.0.0.1 only, for the browser harness and
 * the end-to-end tests. A random token per run keeps other local pages and processes out; the
 * Host check defeats DNS rebinding.
 */
export async function startHarnessHost({ dispatch, events, rendererDir, port = 0, token }: HarnessOptions): Promise<HarnessHost> {
  const secret = token ?? randomBytes(32).toString('base64url');
  const secretBytes = Buffer.from(secret);
  let allowedHosts: string[] = [];

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!tokenMatches(req.headers[TOKEN_HEADER], secretBytes)) return sendEnvelope(res, fail('transport.unauthorized'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendEnvelope(res, fail('contract.invalid_input'));
    }
    const body = await readBody(req);
    if (body === 'too_large') {
      res.setHeader('Connection', 'close');
      return sendEnvelope(res, fail('transport.payload_too_large'));
    }
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      return sendEnvelope(res, fail('contract.invalid_input'));
    }
    sendEnvelope(res, await dispatch(method, input));
  }

  /**
   * The core's events as Server-Sent Events, for as long as the page keeps the stream open. The
   * token travels in the header like every call's (the renderer reads the stream with fetch), so
   * it never sits in a URL.
   */
  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (!tokenMatches(req.headers[TOKEN_HEADER], secretBytes)) return sendEnvelope(res, fail('transport.unauthorized'));
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // A first comment line, so the page knows the stream is open before any event comes.
    res.write(': open\n\n');
    const unsubscribe = events?.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`)) ?? (() => {});
    req.on('close', unsubscribe);
  }

  async function handleStatic(res: ServerResponse, path: string): Promise<void> {
    const file = resolveRendererFile(rendererDir, path);
    const content = file ? await readFile(file).catch(() => null) : null;
    if (!file || !content) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...rendererSecurityHeaders, 'Content-Type': mediaTypeOf(file), 'Cache-Control': 'no-store' });
    res.end(content);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handled = (async () => {
      if (!allowedHosts.includes(req.headers.host ?? '')) {
        res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      } else if (url.pathname === '/events') {
        if (req.method !== 'GET') res.writeHead(405, { Allow: 'GET' }).end();
        else handleEvents(req, res);
      } else if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') res.writeHead(405, { Allow: 'POST' }).end();
        else await handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)));
      } else if (req.method === 'GET' || req.method === 'HEAD') {
        await handleStatic(res, url.pathname);
      } else {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      }
    })();
    handled.catch(() => {
      if (!res.headersSent) sendEnvelope(res, fail('internal.unexpected'));
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const bound = (server.address() as AddressInfo).port;
  allowedHosts = [`127.0.0.1:${bound}`, `localhost:${bound}`];
  return {
    url: `http://127.0.0.1:${bound}/#token=${secret}`,
    port: bound,
    token: secret,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
