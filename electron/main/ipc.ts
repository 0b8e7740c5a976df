import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodNames } from '../../shared/contract/api';
import { channelFor } from '../../shared/contract/channels';
import type { Dispatch } from '../../shared/contract/dispatch';
import type { Envelope } from '../../shared/contract/envelope';

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
