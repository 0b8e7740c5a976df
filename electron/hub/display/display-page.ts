import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { HUB_DISPLAY_ASSETS, HUB_DISPLAY_PATH } from '../../../shared/hub';

/** The built page's files, made by build-hall-display.ts into out/hall-display. */
export const HALL_DISPLAY_FILES = { script: 'hall-display.js', style: 'hall-display.css' } as const;

/**
 * Only the hub's own script, style and API: no inline code, no other origin, no frames, no forms.
 * A hall screen runs unattended for months; nothing it loads may come from anywhere else.
 */
export const HALL_DISPLAY_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = {
  'content-security-policy': HALL_DISPLAY_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cache-control': 'no-store',
};

// The credential stays in the page's fragment: the script reads it; the server never sees it.
const html = `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Кезек · Очередь</title>
<link rel="stylesheet" href="${HUB_DISPLAY_ASSETS.style}">
<script src="${HUB_DISPLAY_ASSETS.script}" defer></script>
</head>
<body>
<main id="hall"></main>
</body>
</html>
`;

/**
 * Serves the hall display's page and its two files, read once from the build folder. Without a
 * build (a hub run from sources before `npm run build`) the page says so instead of half working.
 */
export function createDisplayPage(assetsDir: string) {
  const read = (file: string) => (existsSync(join(assetsDir, file)) ? readFileSync(join(assetsDir, file)) : null);
  const files = new Map<string, { type: string; body: Buffer | null }>([
    [HUB_DISPLAY_ASSETS.script, { type: 'text/javascript; charset=utf-8', body: read(HALL_DISPLAY_FILES.script) }],
    [HUB_DISPLAY_ASSETS.style, { type: 'text/css; charset=utf-8', body: read(HALL_DISPLAY_FILES.style) }],
  ]);
  const built = [...files.values()].every((file) => file.body !== null);

  /** True when the request was the display's; the API's router answers everything else. */
  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (url.pathname !== HUB_DISPLAY_PATH && !url.pathname.startsWith(`${HUB_DISPLAY_PATH}/`)) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...securityHeaders, allow: 'GET, HEAD' }).end();
      return true;
    }
    if (!built) {
      response.writeHead(503, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' }).end('The hall display is not built: npm run build\n');
      return true;
    }
    const file = files.get(url.pathname);
    if (url.pathname === HUB_DISPLAY_PATH) response.writeHead(200, { ...securityHeaders, 'content-type': 'text/html; charset=utf-8' }).end(request.method === 'HEAD' ? undefined : html);
    else if (file?.body) response.writeHead(200, { ...securityHeaders, 'content-type': file.type }).end(request.method === 'HEAD' ? undefined : file.body);
    else response.writeHead(404, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return true;
  };
}
export type DisplayPage = ReturnType<typeof createDisplayPage>;
