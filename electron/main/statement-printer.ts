import { BrowserWindow } from 'electron';
import type { StatementPrinter } from '../core/statements';
import { printPdf } from './pdf-print';

/** Prints a statement or report PDF: with the system print dialog, or straight to the printer when `silent`. */
export const statementPrinter: StatementPrinter = {
  async print(pdf, { silent, printerName, paperSize }) {
    // The printer and paper chosen in Settings; none chosen is the system's default printer.
    const printed = await printPdf(pdf, 'statement', { silent, printBackground: true, ...(printerName ? { deviceName: printerName } : {}), ...(paperSize ? { pageSize: paperSize } : {}) });
    return printed ? 'printed' : 'cancelled';
  },
  async list() {
    const window = BrowserWindow.getAllWindows()[0];
    return window ? (await window.webContents.getPrintersAsync()).map((printer) => printer.name) : [];
  },
};
