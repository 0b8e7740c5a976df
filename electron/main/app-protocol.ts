import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { rendererSecurityHeaders } from '../renderer-host/content-security-policy';
import { resolveRendererFile } from '../renderer-host/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before `app.ready`: app:// behaves as a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer under app://qabyldau/, confined to its folder, with the CSP headers. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(rendererSecurityHeaders)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}
