import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../shared/contract/api';
import { channelFor } from '../../shared/contract/channels';
import { createApiClient } from '../../shared/contract/client';
import { openCore } from '../../electron/core/core';
import { isAppUrl } from '../../electron/main/app-origin';
import { registerIpc } from '../../electron/main/ipc';
import { badInputs, validInput } from '../support/contract-samples';
import { signInAsSupervisor } from '../support/core-client';
import { tempDir } from '../support/temp-dir';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

// Electron's ipcMain cannot run here; this records what registerIpc hands it, so the real wiring,
// sender check and core run exactly as they would behind ipcMain.handle.
const listeners = new Map<string, Listener>();
const core = openCore({ dataDir: tempDir('ipc') });
registerIpc({ handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never, core.dispatch, (url) =>
  isAppUrl(url),
);
beforeAll(() => signInAsSupervisor(core));
afterAll(() => core.close());

const fromFrame = (url: string | null) => ({ senderFrame: url === null ? null : { url, parent: null } }) as unknown as IpcMainInvokeEvent;

function invoke(method: MethodName, input: unknown, frameUrl: string | null = 'app://qabyldau/index.html') {
  const listener = listeners.get(channelFor(method));
  if (!listener) throw new Error(`no handler for ${method}`);
  return listener(fromFrame(frameUrl), input);
}

describe('IPC transport', () => {
  it('registers one handler per contract method and nothing else', () => {
    expect([...listeners.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
  });

  it('serves the contract to the typed client', async () => {
    const api = createApiClient((method, input) => invoke(method, input));
    const visit = await api.call('visits.logWalkIn', validInput('visits.logWalkIn'));
    expect((await api.call('visits.listForDay', { day: visit.day })).visits).toEqual([visit]);
  });

  for (const method of methodNames) {
    it.each(badInputs(method))(`${method}: refuses %s with contract.invalid_input`, async ({ input }) => {
      expect(await invoke(method, input)).toMatchObject({ ok: false, error: { code: 'contract.invalid_input' } });
    });

    it(`${method}: refuses a frame from another origin`, async () => {
      for (const url of ['https://example.org/', 'file:///C:/evil.html', null]) {
        expect(await invoke(method, validInput(method), url)).toEqual({ ok: false, error: { code: 'transport.forbidden_sender' } });
      }
    });
  }
});
