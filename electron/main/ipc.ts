import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodNames } from '../../shared/contract/api';
import { channelFor } from '../../shared/contract/channels';
import type { Dispatch } from '../../shared/contract/dispatch';
import type { Envelope } from '../../shared/contract/envelope';
import { EVENT_CHANNEL, type CoreEvent } from '../../shared/contract/events';

/**
 * Serves the contract over IPC. Only types come from Electron, so this wiring runs under plain Node
 * in tests with a recording `handle`. Each call must come from the app's own origin and from a
 * top-level frame (as VS Code's validatedIpcMain does): a subframe, even of our origin, is refused.
 */
export function registerIpc(
  ipc: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedSender: (frameUrl: string) => boolean,
): void {
  for (const method of methodNames) {
    ipc.handle(channelFor(method), async (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSender(frame.url)) return { ok: false, error: { code: 'transport.forbidden_sender' } };
      return dispatch(method, input);
    });
  }
}

/**
 * Sends the core's events to the window's renderer; a window that is gone or not yet there is
 * skipped. Returns the unsubscribe for when the app quits.
 */
export function forwardEvents(events: { subscribe(listener: (event: CoreEvent) => void): () => void }, target: () => { isDestroyed(): boolean; send(channel: string, event: CoreEvent): void } | undefined): () => void {
  return events.subscribe((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
