import { contextBridge, ipcRenderer } from 'electron';
import { isMethodName } from '../../shared/contract/api';
import { channelFor } from '../../shared/contract/channels';

/**
 * The whole surface the renderer gets: one `invoke` that reaches contract methods only. No
 * ipcRenderer, no Node, no event subscription is exposed.
 */
contextBridge.exposeInMainWorld('qabyldau', {
  invoke: (method: unknown, input: unknown): Promise<unknown> =>
    isMethodName(method)
      ? ipcRenderer.invoke(channelFor(method), input)
      : Promise.resolve({ ok: false, error: { code: 'contract.unknown_method' } }),
});
