import { bookingRowSchema, type BookingRow } from '../../../shared/domain/booking';
import type { DeskTicket } from '../../../shared/hub';
import { applyBookings } from '../bookings';
import type { CoreDeps } from '../core-deps';

/**
 * The booking a hub's booked ticket stands for, as the desk's own feed would have given it; null
 * when the ticket lacks a part of it (a walk-in, or a ticket read without its citizen).
 */
export function bookingOfTicket(ticket: Pick<DeskTicket, 'kind' | 'day' | 'slot' | 'iin' | 'citizenName' | 'service' | 'bookingCode'>): BookingRow | null {
  if (ticket.kind !== 'booked') return null;
  const row = bookingRowSchema.safeParse({ date: ticket.day, time: ticket.slot, iin: ticket.iin, name: ticket.citizenName, service: ticket.service, code: ticket.bookingCode });
  return row.success ? row.data : null;
}

/**
 * A booking checked in at the hub that this desk's copy of the day lacks (the hub had it from its
 * own feed first): the desk makes the visit from the hub's booking, so the window that calls the
 * ticket finds the citizen's visit. A booking the desk has is left as it is.
 */
export function keepHubBooking(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'events' | 'now' | 'settings' | 'visits'>, ticket: DeskTicket): void {
  const row = bookingOfTicket(ticket);
  if (row !== null && !deps.visits.findByBookingCode(row.code)) applyBookings(deps, [row]);
}
