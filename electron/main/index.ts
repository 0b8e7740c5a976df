import { join } from 'node:path';
import { app, ipcMain, net, powerMonitor, type BrowserWindow } from 'electron';
import { openCore, type Core } from '../core/core';
import { isAppUrl } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { lockDownContents } from './guards';
import { forwardEvents, registerIpc } from './ipc';
import { centralFetchThrough } from './central-fetch';
import { credentialProtector } from './credential-protector';
import { exportFolderDialog } from './export-folder';
import { closeHallScreen, hallScreen } from './hall-screen';
import { statementPrinter } from './statement-printer';
import { ticketPrinter } from './ticket-printer';
import { createMainWindow } from './window';

// electron-vite sets this only in development; a packaged app always loads app://qabyldau/.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

registerAppScheme();

// Tests of an unpackaged build point the app at a throw-away data folder; a packaged app ignores this.
if (!app.isPackaged && process.env.QABYLDAU_DATA) app.setPath('userData', process.env.QABYLDAU_DATA);

// One instance per workstation user: two would race on the same database and scanner folder.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let core: Core | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    core = openCore({
      dataDir: app.getPath('userData'),
      resourcesDir: join(app.getAppPath(), 'resources'),
      printer: statementPrinter,
      ticketPrinter,
      hallScreen,
      chooseExportFolder: exportFolderDialog,
      secretProtector: credentialProtector(),
      // Chromium's network stack: the Windows certificate store (the national CA a centre's IT
      // installs there), the system's proxy settings and its PAC script, which Node's fetch ignores.
      centralFetch: centralFetchThrough((url, init) => net.fetch(url, init)),
      logFailure: (method, detail) => console.error(`core: ${method} failed: ${detail}`),
    });
    lockDownContents();
    serveRenderer(join(import.meta.dirname, '../renderer'));
    registerIpc(ipcMain, core.dispatch, (url) => isAppUrl(url, devServerUrl));
    // Windows locking the screen (Win+L, the screensaver) locks the desk's session too.
    powerMonitor.on('lock-screen', () => core?.lockSession('os'));
    powerMonitor.on('suspend', () => core?.lockSession('os'));
    mainWindow = createMainWindow(devServerUrl);
    mainWindow.on('closed', closeHallScreen);
    forwardEvents(core.events, () => mainWindow?.webContents);
  });

  // Quitting waits for the core to close: a sync step, a backup and the database close finish
  // instead of being cut.
  app.on('window-all-closed', () => {
    const closing = core?.close() ?? Promise.resolve();
    core = undefined;
    void closing.catch((error: unknown) => console.error(`core: close failed: ${error instanceof Error ? error.name : 'unknown'}`)).finally(() => app.quit());
  });
}
