import type { TicketPrinter } from '../core/tickets';
import { printPdf } from './pdf-print';

/**
 * Prints a ticket slip on the reception's ticket printer without a dialog, on paper of the slip's
 * own size (80 mm wide, as long as the slip) with no margins of Chromium's own: the slip keeps
 * its content within the printable 72 mm itself.
 */
export const ticketPrinter: TicketPrinter = {
  async print({ pdf, paper }, { printerName }) {
    const printed = await printPdf(pdf, 'ticket', { silent: true, printBackground: true, ...(printerName ? { deviceName: printerName } : {}), pageSize: paper, margins: { marginType: 'none' } });
    return printed ? 'printed' : 'failed';
  },
};
