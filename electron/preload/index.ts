import { contextBridge, ipcRenderer } from 'electron';
import { isMethodName } from '../../shared/contract/api';
import { channelFor } from '../../shared/contract/channels';
import { EVENT_CHANNEL, parseEvent, type CoreEvent } from '../../shared/contract/events';

/**
 * The whole surface the renderer gets: `invoke`, which reaches contract methods only, and
 * `onEvent`, which hands over the contract's events checked against their schemas. No
 * ipcRenderer, no IPC event object, no Node is exposed.
 */
contextBridge.exposeInMainWorld('qabyldau', {
  invoke: (method: unknown, input: unknown): Promise<unknown> =>
    isMethodName(method)
      ? ipcRenderer.invoke(channelFor(method), input)
      : Promise.resolve({ ok: false, error: { code: 'contract.unknown_method' } }),
  onEvent: (listener: (event: CoreEvent) => void): (() => void) => {
    const received = (_event: unknown, value: unknown) => {
      const event = parseEvent(value);
      if (event) listener(event);
    };
    ipcRenderer.on(EVENT_CHANNEL, received);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, received);
  },
});
