import type { MethodName } from './api';

/** The Electron IPC channel serving one contract method: one `ipcMain.handle` per method. */
export function channelFor(method: MethodName): string {
  return `qabyldau:${method}`;
}
