import { localDayOf } from '../../../shared/domain/day';
import { groupOfService, type DeskTicket, type HandoverItem, type HandoverResult } from '../../../shared/hub';
import type { ClosureStore } from '../storage';
import type { Actor, DayContext, Moment } from './day-context';

const rank = { waiting: 0, set_aside: 0, called: 1, finished: 2 } as const;
const time = (instant: string) => Date.parse(instant);

/**
 * Takes what a desk did alone: each item becomes a ticket with the desk's id and local number, or,
 * sent before, is found by its id and only moved forward (a desk may have served it since). A
 * booking checked in at two places goes to the check-in that happened first; the other ticket
 * keeps its number for no booking, is set aside if it still waited, and the conflict is kept for
 * the desk whose check-in lost.
 */
export function handOver(context: DayContext, closures: ClosureStore, actor: Actor, moment: Moment, items: readonly HandoverItem[]): HandoverResult[] {
  const days = new Set<string>();
  const results = items.map((item) => {
    const day = localDayOf(new Date(item.checkedInAt));
    days.add(day);
    const known = context.tickets.byId(item.ticketId);
    if (known) advance(context, known, item);
    else store(context, closures, actor, moment, day, item);
    const lost = closures.conflictOf(item.ticketId);
    return lost
      ? { ticketId: item.ticketId, outcome: 'superseded' as const, ticket: context.tickets.byId(item.ticketId), keptNumber: lost.keptNumber }
      : { ticketId: item.ticketId, outcome: 'accepted' as const, ticket: context.tickets.byId(item.ticketId), keptNumber: null };
  });
  for (const day of days) context.emitCounts(day);
  return results;
}

function store(context: DayContext, closures: ClosureStore, actor: Actor, moment: Moment, day: string, item: HandoverItem) {
  const config = context.config();
  // A desk's copy of the set-up may be older than the hub's: a service no group takes now goes to the first group.
  const group = groupOfService(config.groups, item.service) ?? config.groups[0]!;
  if (item.booking !== null && item.booking.code === item.bookingCode) context.centre.putBooking(item.booking, moment.at);
  const booking = item.bookingCode === null ? null : context.centre.booking(day, item.bookingCode);
  const earlier = item.bookingCode === null ? null : context.tickets.forBooking(day, item.bookingCode);
  const first = earlier === null || time(item.checkedInAt) < time(earlier.issuedAt);
  if (earlier !== null && first) {
    context.tickets.unbook(earlier.id);
    if (earlier.status === 'waiting') {
      context.tickets.change(earlier.id, { status: 'set_aside', windowId: earlier.windowId, transferWindow: null, callCount: earlier.callCount, calledAt: earlier.calledAt, finishedAt: null });
      context.tickets.record(earlier.id, 'set_aside', null, actor.deviceId, actor.operator, moment.at);
    }
  }
  const windowFree = item.windowId !== null && context.centre.window(item.windowId) !== null && context.tickets.calledAt(item.windowId) === null;
  // The second check-in of a booking waits for nobody (unless it was served already); a call goes to its window only if that is free.
  const status = !first ? (item.status === 'finished' ? 'finished' : 'set_aside') : item.status === 'called' && !windowFree ? 'waiting' : item.status;
  const knownWindow = item.windowId !== null && context.centre.window(item.windowId) !== null ? item.windowId : null;
  context.tickets.insertHandedOver({
    id: item.ticketId, day, groupId: group.id, prefix: group.prefix, number: item.number, kind: item.kind,
    bookingCode: first ? (booking?.code ?? item.bookingCode) : null, slot: booking?.time ?? item.booking?.time ?? null, service: item.service,
    priority: config.priorityCategories.some((category) => category.code === item.priority) ? item.priority : null,
    citizenName: booking?.name ?? null, iin: booking?.iin ?? null, issuedAt: new Date(item.checkedInAt).toISOString(),
    status, windowId: status === 'waiting' ? null : knownWindow, callCount: item.calledAt === null ? 0 : 1,
    calledAt: item.calledAt, finishedAt: status === 'finished' ? (item.finishedAt ?? moment.at) : null, handedOverBy: actor.deviceId,
  });
  context.tickets.record(item.ticketId, 'issued', null, actor.deviceId, item.operator, moment.at);
  if (status === 'finished') context.tickets.record(item.ticketId, 'finished', knownWindow, actor.deviceId, item.operator, moment.at);
  context.emit('ticket.issued', { ticketId: item.ticketId, number: item.number, groupId: group.id, kind: item.kind, priority: item.priority !== null, slot: booking?.time ?? null, at: moment.at });
  if (earlier === null || item.bookingCode === null) return;
  const mine = { id: item.ticketId, number: item.number, at: new Date(item.checkedInAt).toISOString(), deviceId: actor.deviceId };
  const theirs = { id: earlier.id, number: earlier.number, at: earlier.issuedAt, deviceId: context.tickets.issuedBy(earlier.id) ?? actor.deviceId };
  const [kept, lost] = first ? [mine, theirs] : [theirs, mine];
  if (closures.addConflict({ day, bookingCode: item.bookingCode, kept, void: lost, decidedAt: moment.at })) {
    context.emit('checkin.conflict', { day, keptNumber: kept.number, voidNumber: lost.number, deviceId: lost.deviceId, at: moment.at });
  }
}

/** A ticket sent before: what the desk did since (called, served) is taken, never undone. */
function advance(context: DayContext, known: DeskTicket, item: HandoverItem) {
  if (rank[item.status] <= rank[known.status] || known.status === 'set_aside') return;
  if (item.status === 'finished') {
    context.tickets.change(known.id, { status: 'finished', windowId: known.windowId ?? item.windowId, transferWindow: null, callCount: Math.max(known.callCount, 1), calledAt: known.calledAt ?? item.calledAt, finishedAt: item.finishedAt ?? item.checkedInAt });
  }
}
