import type { CoreDeps } from '../core-deps';
import { readSettings } from '../settings';
import type { RenderedSlip } from './ticket-slip-pdf';

/**
 * Prints a ticket slip on the reception's ticket printer; only the Electron app has one. Always
 * without a dialog: the citizen waits at the counter for the slip.
 */
export type TicketPrinter = {
  print(slip: RenderedSlip, options: TicketPrintOptions): Promise<'printed' | 'failed'>;
};
/** The ticket printer chosen in Settings; none chosen means the system's default printer. */
export type TicketPrintOptions = { printerName: string | null };

export function ticketPrintOptions(settings: CoreDeps['settings']): TicketPrintOptions {
  return { printerName: readSettings(settings).ticketPrinterName };
}
