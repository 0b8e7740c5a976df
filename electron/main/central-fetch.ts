import type { CentralFetch } from '../core/sync';

/**
 * Headers Chromium's network stack sets itself and refuses from the caller: a request carrying one
 * fails before it leaves (`net::ERR_INVALID_ARGUMENT`). Node's fetch takes `content-length` as
 * given, so the core may send it; for Chromium it is left out and computed from the body.
 */
const chromiumOwnHeaders = new Set(['content-length', 'host', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect']);

/** The core's request as Chromium takes it. */
export function chromiumRequest(init: RequestInit): RequestInit {
  const headers = new Headers(init.headers);
  for (const name of [...headers.keys()]) if (chromiumOwnHeaders.has(name)) headers.delete(name);
  return { ...init, headers };
}

/**
 * The desk's requests to the central system through Electron's `net.fetch`, handed in by the main
 * process (this module never imports Electron, so it can be checked under plain Node).
 */
export function centralFetchThrough(netFetch: (url: string, init: RequestInit) => Promise<Response>): CentralFetch {
  return (url, init) => netFetch(url, chromiumRequest(init));
}
