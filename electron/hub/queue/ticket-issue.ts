import { randomUUID } from 'node:crypto';
import type { BookingRow } from '../../../shared/domain/booking';
import { groupOfService, HubError, ticketNumber, type DeskTicket, type HubParsedInput } from '../../../shared/hub';
import type { Actor, DayContext, Moment } from './day-context';

type Issue = HubParsedInput<'issueTicket'>;

/**
 * Checks a citizen in (a booking of today) or registers a walk-in, and gives the ticket its number:
 * the service's group's prefix and the next number of that prefix today. A booking already checked
 * in is refused with the number it has, wherever it was checked in.
 */
export function issueTicket(context: DayContext, actor: Actor, moment: Moment, input: Issue): DeskTicket {
  const config = context.config();
  if (input.priority !== null && !config.priorityCategories.some((category) => category.code === input.priority)) throw new HubError('hub.invalid_request');
  let booking: BookingRow | null = null;
  if (input.kind === 'booked') {
    if (input.booking !== null) {
      if (input.booking.code !== input.bookingCode) throw new HubError('hub.invalid_request');
      context.centre.putBooking(input.booking, moment.at);
    }
    booking = context.centre.booking(moment.day, input.bookingCode);
    if (booking === null) throw new HubError('hub.booking_not_found');
    const existing = context.tickets.forBooking(moment.day, booking.code);
    if (existing !== null) throw new HubError('hub.already_checked_in', existing.number);
  }
  const service = booking?.service ?? (input.kind === 'walk_in' ? input.service : '');
  const group = groupOfService(config.groups, service);
  if (group === null) throw new HubError('hub.no_service_group');
  const id = randomUUID();
  context.tickets.insert({
    id,
    day: moment.day,
    groupId: group.id,
    prefix: group.prefix,
    number: ticketNumber(group.prefix, context.tickets.nextSequence(moment.day, group.prefix)),
    kind: input.kind,
    bookingCode: booking?.code ?? null,
    slot: booking?.time ?? null,
    service,
    priority: input.priority,
    citizenName: booking?.name ?? (input.kind === 'walk_in' ? input.citizenName : null),
    iin: booking?.iin ?? (input.kind === 'walk_in' ? input.iin : null),
    issuedAt: moment.at,
  });
  const ticket = context.tickets.byId(id)!;
  context.tickets.record(id, 'issued', null, actor.deviceId, actor.operator, moment.at);
  context.emit('ticket.issued', { ticketId: id, number: ticket.number, groupId: group.id, kind: ticket.kind, priority: ticket.priority !== null, slot: ticket.slot, at: moment.at });
  context.emitCounts(moment.day);
  return ticket;
}
