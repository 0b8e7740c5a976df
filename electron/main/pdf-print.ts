import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, type WebContentsPrintOptions } from 'electron';

/**
 * Prints a PDF through Chromium's PDF viewer in a hidden, sandboxed window; true when the job was
 * sent, false when the dialog was cancelled or the printer refused it. The temporary file is
 * removed whatever happens. (Electron only; it cannot run on the development machines, so check
 * it on a Windows workstation with a printer before a release.)
 */
export async function printPdf(pdf: Uint8Array, kind: 'statement' | 'ticket', options: WebContentsPrintOptions): Promise<boolean> {
  const file = join(app.getPath('temp'), `qabyldau-${kind}-${randomUUID()}.pdf`);
  await writeFile(file, pdf, { mode: 0o600 });
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await window.loadURL(pathToFileURL(file).toString());
    return await new Promise<boolean>((resolve) => window.webContents.print(options, (success) => resolve(success)));
  } finally {
    window.destroy();
    await rm(file, { force: true });
  }
}
