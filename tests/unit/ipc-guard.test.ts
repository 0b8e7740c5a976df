import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channelFor } from '../../shared/contract/channels';
import { registerIpc } from '../../electron/main/ipc';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

function served() {
  const listeners = new Map<string, Listener>();
  const dispatch = vi.fn(async () => ({ ok: true as const, value: { language: null } }));
  registerIpc({ handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never, dispatch, (url) => url.startsWith('app://qabyldau/'));
  const call = (senderFrame: unknown) => listeners.get(channelFor('preferences.get'))!({ senderFrame } as IpcMainInvokeEvent, {});
  return { call, dispatch };
}

const main = { url: 'app://qabyldau/index.html', parent: null };

describe('IPC sender check', () => {
  it('serves the app’s own top-level frame', async () => {
    const { call, dispatch } = served();
    expect(await call(main)).toEqual({ ok: true, value: { language: null } });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
  it('refuses a subframe even of the app’s origin, a foreign origin, and a frame already gone', async () => {
    const { call, dispatch } = served();
    const forbidden = { ok: false, error: { code: 'transport.forbidden_sender' } };
    expect(await call({ url: 'app://qabyldau/frame.html', parent: main })).toEqual(forbidden);
    expect(await call({ url: 'https://example.com/', parent: null })).toEqual(forbidden);
    expect(await call(null)).toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
