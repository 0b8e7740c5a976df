import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { methodNames } from '../../shared/contract/api';
import { createApiClient } from '../../shared/contract/client';
import type { Core } from '../../electron/core/core';
import { startHarnessHost, MAX_REQUEST_BYTES, TOKEN_HEADER, type HarnessHost } from '../../electron/harness/host';
import { badInputs, validInput } from '../support/contract-samples';
import { signInAsSupervisor } from '../support/core-client';
import { withCore } from '../support/core-fixture';
import { fileTempDir } from '../support/temp-dir';
import { openTestCore } from '../support/core-internals';

const folder = fileTempDir('harness');
let rendererDir = '';

// Calls this host refuses change nothing, so the tests that make only such calls share one
// workstation: a core per test would cost more than the hundreds of checks themselves. A test
// that changes data has a workstation of its own.
let core: Core;
let host: HarnessHost;
beforeAll(async () => {
  rendererDir = join(folder(), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Qabyldau</title>');
  core = openTestCore({ dataDir: join(folder(), 'data') });
  await signInAsSupervisor(core);
  host = await startHarnessHost({ dispatch: core.dispatch, rendererDir });
});

afterAll(async () => {
  await host.close();
  await core.close();
});

const base = (on = host) => `http://127.0.0.1:${on.port}`;

function post(method: string, body: string, headers: Record<string, string> = {}, on = host) {
  return fetch(`${base(on)}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: on.token, ...headers },
    body,
  });
}

describe('harness transport', () => {
  it('listens on the loopback address only, with a fresh token each run', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/);
    const other = await startHarnessHost({ dispatch: core.dispatch, rendererDir: '/nonexistent' });
    expect(other.token).not.toBe(host.token);
    await other.close();
  });

  it('serves the contract to the typed client', async () => {
    const desk = withCore('harness');
    await desk.ready;
    const own = await startHarnessHost({ dispatch: desk.core.dispatch, rendererDir });
    onTestFinished(() => own.close());
    const api = createApiClient(async (method, input) => (await post(method, JSON.stringify(input), {}, own)).json());
    expect(await api.call('preferences.setLanguage', { language: 'en' })).toEqual({ language: 'en' });
    const visit = await api.call('visits.logWalkIn', validInput('visits.logWalkIn'));
    expect((await api.call('visits.listForDay', { day: visit.day })).visits.map((v) => v.id)).toContain(visit.id);
  });

  for (const method of methodNames) {
    it.each(badInputs(method))(`${method}: refuses $label with contract.invalid_input`, async ({ input }) => {
      const response = await post(method, JSON.stringify(input) ?? '');
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'contract.invalid_input' } });
    });
  }

  it('refuses malformed JSON, a wrong media type and an unknown method with typed errors', async () => {
    expect(await (await post('preferences.get', '{"oops"')).json()).toEqual({ ok: false, error: { code: 'contract.invalid_input' } });
    const plain = await post('preferences.get', '{}', { 'Content-Type': 'text/plain' });
    expect(await plain.json()).toEqual({ ok: false, error: { code: 'contract.invalid_input' } });
    const unknown = await post('visits.deleteAll', '{}');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error: { code: 'contract.unknown_method' } });
  });

  it('refuses calls without the run’s token', async () => {
    for (const token of ['', 'x'.repeat(43), `${host.token}x`]) {
      const response = await post('preferences.get', '{}', { [TOKEN_HEADER]: token });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: { code: 'transport.unauthorized' } });
    }
  });

  it('refuses a body over the limit before parsing it', async () => {
    const response = await post('preferences.get', JSON.stringify({ pad: 'x'.repeat(MAX_REQUEST_BYTES) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'transport.payload_too_large' } });
  });

  it('answers only its own Host name, which defeats DNS rebinding', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/', headers: { Host: 'attacker.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('serves the renderer with its security headers and nothing outside it', async () => {
    const page = await fetch(`${base()}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    for (const path of ['/../package.json', '/..%2f..%2fpackage.json', '/missing.js']) {
      expect((await fetch(`${base()}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${base()}/api/preferences.get`)).status).toBe(405);
  });
});
