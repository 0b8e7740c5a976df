import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createApiClient, type ApiClient } from '../../../shared/contract/client';

const root = resolve(import.meta.dirname, '../../..');

export type RunningHarness = { url: string; stop(): Promise<void> };

/** The accounts every set-up test workstation has. */
export const e2eStaff = {
  supervisor: { login: 'g.sadykova', name: 'Гүлнар Садықова', secret: '240517' },
  operator: { login: 'a.nurlanova', name: 'Айгерім Нұрланова', secret: '482913' },
} as const;

export function newDataFolder(): string {
  return mkdtempSync(join(tmpdir(), 'qabyldau-e2e-'));
}

/**
 * Starts the real harness (core + built renderer) as its own process, as `npm start` would. The
 * workstation is set up as the first-run wizard would leave it, unless the test is about the wizard.
 */
export async function startHarness(dataDir: string, { firstRun = false } = {}): Promise<RunningHarness> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the end-to-end tests');
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/harness/main.ts', '--data', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error('harness did not start within 20 s')), 20_000);
    child.once('exit', (code) => reject(new Error(`harness exited early with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /listening: (\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
  });
  if (!firstRun) {
    // The desk's session is the core's: signed in here, the browser opens signed in as well.
    const api = harnessApi(url);
    const session = await api.call('session.get', {});
    if (!session.staffExists) {
      await api.call('staff.createFirstSupervisor', e2eStaff.supervisor);
      await api.call('staff.create', { ...e2eStaff.operator, role: 'operator' });
    } else {
      await api.call('session.signIn', { login: e2eStaff.supervisor.login, secret: e2eStaff.supervisor.secret });
    }
    const view = await api.call('settings.get', {});
    if (!view.setUp) await api.call('settings.finishSetup', { language: 'kk', centreId: 'AST-07', centreName: 'Астана қ. №7 ХҚКО', deskId: '1' });
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}

/** The harness's own contract over HTTP, to set the scene quickly; the UI does the rest. */
export function harnessApi(url: string): ApiClient {
  const token = new URL(url).hash.replace('#token=', '');
  return createApiClient(async (method, input) => {
    const response = await fetch(new URL(`/api/${method}`, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qabyldau-token': token },
      body: JSON.stringify(input),
    });
    return response.json();
  });
}
