/** What the tickets feature offers the rest of the core; its other modules are its own. */
export { ticketPrintOptions } from './ticket-printing';
export type { TicketPrinter, TicketPrintOptions } from './ticket-printing';
export { renderTicketSlipPdf } from './ticket-slip-pdf';
export type { RenderedSlip } from './ticket-slip-pdf';
