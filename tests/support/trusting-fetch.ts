import { request } from 'node:https';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { CentralFetch } from '../../electron/core/sync';

/**
 * A network stack of another kind than Node's fetch, trusting a certification authority it was
 * given, as Electron's `net.fetch` trusts one installed in the Windows certificate store: built on
 * node:https and answering a web `Response`, as net.fetch builds its answer on its own requests.
 */
export function fetchTrusting(ca: string): CentralFetch {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const method = init.method ?? 'GET';
      const outgoing = request(url, { method, headers: Object.fromEntries(new Headers(init.headers)), ca, signal: init.signal ?? undefined }, (response) => {
        const headers = new Headers();
        for (let i = 0; i < response.rawHeaders.length; i += 2) headers.append(response.rawHeaders[i]!, response.rawHeaders[i + 1]!);
        const status = response.statusCode ?? 0;
        const empty = method === 'HEAD' || status === 204 || status === 304;
        if (empty) response.resume();
        resolve(new Response(empty ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>), { status, headers }));
      });
      outgoing.on('error', reject);
      const body = init.body;
      if (body === undefined || body === null) outgoing.end();
      else if (typeof body === 'string' || body instanceof Uint8Array) outgoing.end(body);
      else if (body instanceof ReadableStream) Readable.fromWeb(body as NodeReadableStream).pipe(outgoing);
      else reject(new TypeError('A body of this kind is not sent by the desk'));
    });
}
