import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/renderer-host/content-security-policy';
import { resolveRendererFile } from '../../electron/renderer-host/static-files';
import { isAppUrl } from '../../electron/main/app-origin';

describe('renderer security', () => {
  it('index.html carries the same CSP the transports send', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('serves only files inside the renderer folder', () => {
    const root = '/srv/renderer';
    expect(resolveRendererFile(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveRendererFile(root, '/assets/index.js')).toBe('/srv/renderer/assets/index.js');
    for (const hostile of ['/../secret', '/..%2f..%2fetc/passwd', '/%2e%2e/x', '/a%5c..%5c..%5cx', '/x%00.js', '/%E0%A4%A']) {
      expect(resolveRendererFile(root, hostile), hostile).toBeNull();
    }
  });

  it('trusts IPC only from the app origin (and the dev server when one is running)', () => {
    expect(isAppUrl('app://qabyldau/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///C:/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});
