import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../shared/contract/api';
import { channelFor } from '../../shared/contract/channels';
import { createApiClient } from '../../shared/contract/client';
import type { Core } from '../../electron/core/core';
import { isAppUrl } from '../../electron/main/app-origin';
import { registerIpc } from '../../electron/main/ipc';
import { badInputs, validInput } from '../support/contract-samples';
import { signInAsSupervisor } from '../support/core-client';
import { withCore } from '../support/core-fixture';
import { fileTempDir } from '../support/temp-dir';
import { openTestCore } from '../support/core-internals';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

// Electron's ipcMain cannot run here; this records what registerIpc hands it, so the real wiring,
// sender check and core run exactly as they would behind ipcMain.handle.
function ipcFor(core: Pick<Core, 'dispatch'>): Map<string, Listener> {
  const listeners = new Map<string, Listener>();
  registerIpc({ handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never, core.dispatch, (url) => isAppUrl(url));
  return listeners;
}

// Calls refused at the IPC boundary or by the contract change nothing, so the tests that make only
// such calls share one workstation: a core per test would cost more than the hundreds of checks
// themselves. A test that changes data has a workstation of its own.
const refusingData = fileTempDir('ipc');
let refusing: Core;
let listeners: Map<string, Listener>;
beforeAll(async () => {
  refusing = openTestCore({ dataDir: refusingData() });
  await signInAsSupervisor(refusing);
  listeners = ipcFor(refusing);
});
afterAll(() => refusing.close());

const fromFrame = (url: string | null) => ({ senderFrame: url === null ? null : { url, parent: null } }) as unknown as IpcMainInvokeEvent;

function invoke(method: MethodName, input: unknown, frameUrl: string | null = 'app://qabyldau/index.html', on = listeners) {
  const listener = on.get(channelFor(method));
  if (!listener) throw new Error(`no handler for ${method}`);
  return listener(fromFrame(frameUrl), input);
}

describe('IPC transport', () => {
  it('registers one handler per contract method and nothing else', () => {
    expect([...listeners.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
  });

  it('serves the contract to the typed client', async () => {
    const desk = withCore('ipc');
    await desk.ready;
    const own = ipcFor(desk.core);
    const api = createApiClient((method, input) => invoke(method, input, undefined, own));
    const visit = await api.call('visits.logWalkIn', validInput('visits.logWalkIn'));
    expect((await api.call('visits.listForDay', { day: visit.day })).visits).toEqual([visit]);
  });

  for (const method of methodNames) {
    it.each(badInputs(method))(`${method}: refuses $label with contract.invalid_input`, async ({ input }) => {
      expect(await invoke(method, input)).toMatchObject({ ok: false, error: { code: 'contract.invalid_input' } });
    });

    it(`${method}: refuses a frame from another origin`, async () => {
      for (const url of ['https://example.org/', 'file:///C:/evil.html', null]) {
        expect(await invoke(method, validInput(method), url)).toEqual({ ok: false, error: { code: 'transport.forbidden_sender' } });
      }
    });
  }
});
