import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import type { StatementPrinter } from '../core/statements/statement-handlers';

/**
 * Prints a statement or report PDF through Chromium's PDF viewer in a hidden, sandboxed window: with the
 * system print dialog, or straight to the default printer when `silent`. The temporary file is
 * removed whatever happens. (Electron only; it cannot run on the development machines, so check
 * it on a Windows workstation with a printer before a release.)
 */
export const statementPrinter: StatementPrinter = {
  async print(pdf, { silent, printerName, paperSize }) {
    const file = join(app.getPath('temp'), `qabyldau-statement-${randomUUID()}.pdf`);
    await writeFile(file, pdf, { mode: 0o600 });
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, disableBlinkFeatures: 'Auxclick' },
    });
    try {
      await window.loadURL(pathToFileURL(file).toString());
      const printed = await new Promise<boolean>((resolve) => {
        // The printer and paper chosen in Settings; none chosen is the system's default printer.
        window.webContents.print(
          { silent, printBackground: true, ...(printerName ? { deviceName: printerName } : {}), ...(paperSize ? { pageSize: paperSize } : {}) },
          (success) => resolve(success),
        );
      });
      return printed ? 'printed' : 'cancelled';
    } finally {
      window.destroy();
      await rm(file, { force: true });
    }
  },
  async list() {
    const window = BrowserWindow.getAllWindows()[0];
    return window ? (await window.webContents.getPrintersAsync()).map((printer) => printer.name) : [];
  },
};
