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

describe('event forwarding to the window', () => {
  it('sends each event on the event channel, and skips a window that is gone or not yet open', async () => {
    const { createEventBus } = await import('../../electron/core/events');
    const { forwardEvents } = await import('../../electron/main/ipc');
    const bus = createEventBus();
    const sent: unknown[] = [];
    let window: { isDestroyed(): boolean; send(channel: string, event: unknown): void } | undefined;
    const stop = forwardEvents(bus, () => window);
    bus.emit({ event: 'sync.changed', payload: {} });
    window = { isDestroyed: () => false, send: (channel, event) => sent.push([channel, event]) };
    bus.emit({ event: 'session.changed', payload: {} });
    window = { isDestroyed: () => true, send: () => sent.push('to a closed window') };
    bus.emit({ event: 'session.changed', payload: {} });
    stop();
    expect(sent).toEqual([['qabyldau:event', { event: 'session.changed', payload: {} }]]);
  });
});
