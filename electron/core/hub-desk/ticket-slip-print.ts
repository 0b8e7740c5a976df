import { ApiError } from '../../../shared/contract/errors';
import type { MethodOutput } from '../../../shared/contract/api';
import { ticketSlipSchema, type TicketSlip } from '../../../shared/domain/ticket-slip';
import type { CoreDeps } from '../core-deps';
import type { StatementResources } from '../statements';
import { renderTicketSlipPdf, ticketPrintOptions, type TicketPrinter } from '../tickets';
import { expectedWait } from '../../../shared/hub';
import type { HubDeskLink } from './hub-desk-link';

/** `2026-03-02T09:15:42+05:00`: the instant on this machine's clock, which is the centre's, with its offset. */
export function centreTime(instant: Date): string {
  const offset = -instant.getTimezoneOffset();
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  return `${local}${sign}${hours}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
}

const hhmmOf = (instant: Date) => `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;

/** The slip of a ticket as the hub's day has it: the centre, the group in both languages, who waits before it. */
export async function ticketSlipOf(link: HubDeskLink, ticketId: string): Promise<TicketSlip> {
  await link.refresh();
  const day = link.snapshot();
  const ticket = day?.tickets.find((candidate) => candidate.id === ticketId);
  if (!day || !ticket) throw new ApiError('hub.ticket_not_found');
  const group = day.centre.groups.find((candidate) => candidate.id === ticket.groupId);
  // The rule of shared/hub/expected-wait.ts: who the calling rule takes first, the day's median service time, the windows serving the group.
  const wait = expectedWait(day, ticket.id, hhmmOf(new Date()));
  return ticketSlipSchema.parse({
    number: ticket.number,
    serviceGroup: group ? group.name : { kk: ticket.groupId, ru: ticket.groupId },
    centreName: day.centre.centreName,
    issuedAt: centreTime(new Date(ticket.issuedAt)),
    bookedSlot: ticket.slot,
    // No basis yet (nobody of the group served today, or no window serving it): no number rather than a guess.
    expectedWaitMinutes: wait?.minutes ?? null,
    peopleAhead: wait?.ahead ?? null,
  });
}

/**
 * Prints the slip on the reception's ticket printer without a dialog. A desk without one (the
 * browser harness) gets the PDF back to save, as it does a statement.
 */
export async function printTicketSlip(
  link: HubDeskLink,
  ticketId: string,
  deps: CoreDeps,
  resources: () => Promise<StatementResources>,
  printer: TicketPrinter | undefined,
): Promise<MethodOutput<'hub.printTicket'>> {
  const slip = await ticketSlipOf(link, ticketId);
  const rendered = await renderTicketSlipPdf(slip, (await resources()).fonts);
  const fileName = `ticket-${slip.number}.pdf`;
  if (!printer) return { printed: false, fileName, pdfBase64: Buffer.from(rendered.pdf).toString('base64') };
  const printed = (await printer.print(rendered, ticketPrintOptions(deps.settings))) === 'printed';
  return { printed, fileName, pdfBase64: null };
}
