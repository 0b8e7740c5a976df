import type { CallingClass, CentreConfig, HubWindow } from './centre-config';
import { summarize } from './day-figures';
import type { PublicTicket } from './ticket';

/**
 * The wait printed on a ticket's slip (docs/hub-protocol.md, "Expected wait"):
 *
 *   minutes = ⌈ ahead × median service time of the group today ÷ windows serving the group ⌉
 *
 * `ahead` counts the tickets of the group the calling rule takes before this one (a booking
 * counted as if its slot had come); a booked citizen who came early waits at least until the slot
 * less the centre's `earlyMinutes`. With nobody ahead the wait is 0. With people ahead but no
 * ticket of the group finished yet today, or no window serving the group, there is no estimate:
 * the slip says so rather than print a guess.
 */
export type WaitEstimate = {
  ahead: number;
  windows: number;
  medianServiceSeconds: number | null;
  minutes: number | null;
  /** Why `minutes` is what it is. */
  basis: 'estimate' | 'nobody_ahead' | 'no_service_yet' | 'no_window';
};

type Day = { centre: Pick<CentreConfig, 'rule'>; windows: readonly Pick<HubWindow, 'id' | 'groups'>[]; tickets: readonly PublicTicket[] };

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The class the rule will call a waiting ticket in once its slot has come. */
function eventualClass(ticket: PublicTicket): CallingClass {
  if (ticket.transferWindow !== null) return 'transferred';
  if (ticket.priority !== null) return 'priority';
  return ticket.kind === 'booked' && ticket.slot !== null ? 'booked' : 'walk_in';
}

/** Whether the rule takes `a` before `b`: the class in the centre's order, then slot for bookings, then issue order. */
function callsBefore(a: PublicTicket, b: PublicTicket, order: readonly CallingClass[]): boolean {
  const [classA, classB] = [eventualClass(a), eventualClass(b)];
  if (classA !== classB) return order.indexOf(classA) < order.indexOf(classB);
  if (classA === 'booked' && a.slot !== b.slot) return (a.slot ?? '') < (b.slot ?? '');
  return a.order < b.order;
}

/** The estimate for one ticket of the day, or null when the day holds no such waiting ticket. */
export function expectedWait(day: Day, ticketId: string, nowHhmm: string): WaitEstimate | null {
  const ticket = day.tickets.find((candidate) => candidate.id === ticketId);
  if (!ticket || ticket.status !== 'waiting') return null;
  const serving = day.windows.filter((window) => (ticket.transferWindow === null ? window.groups.includes(ticket.groupId) : window.id === ticket.transferWindow));
  const servingIds = new Set(serving.map((window) => window.id));
  const ahead = day.tickets.filter(
    (other) =>
      other.id !== ticket.id &&
      other.status === 'waiting' &&
      // Same queue: the group's tickets, and tickets transferred to one of the windows serving it.
      (other.transferWindow === null ? other.groupId === ticket.groupId && ticket.transferWindow === null : servingIds.has(other.transferWindow)) &&
      callsBefore(other, ticket, day.centre.rule.order),
  ).length;
  const service = summarize(day.tickets.filter((done) => done.groupId === ticket.groupId && done.status === 'finished' && done.calledAt !== null && done.finishedAt !== null).map((done) => (Date.parse(done.finishedAt!) - Date.parse(done.calledAt!)) / 1000));
  const base = { ahead, windows: serving.length, medianServiceSeconds: service.medianSeconds };
  if (serving.length === 0) return { ...base, minutes: null, basis: 'no_window' };
  // An early arrival is not called before the slot (less the early minutes the centre allows).
  const untilSlot = ticket.kind === 'booked' && ticket.priority === null && ticket.slot !== null && ticket.transferWindow === null ? Math.max(0, minutesOf(ticket.slot) - day.centre.rule.earlyMinutes - minutesOf(nowHhmm)) : 0;
  if (ahead === 0) return { ...base, minutes: untilSlot, basis: 'nobody_ahead' };
  if (service.medianSeconds === null) return { ...base, minutes: null, basis: 'no_service_yet' };
  const queue = Math.ceil((ahead * service.medianSeconds) / serving.length / 60);
  return { ...base, minutes: Math.max(queue, untilSlot), basis: 'estimate' };
}
