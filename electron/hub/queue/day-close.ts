import type { DayDecision } from '../../../shared/hub';
import type { ClosureStore } from '../storage';
import type { Actor, DayContext, Moment } from './day-context';

/** The hub's decision for a day: closed or not, and the no-shows it decided. */
export function decisionOf(closures: ClosureStore, day: string): DayDecision {
  const closedAt = closures.closedAt(day);
  return { day, closed: closedAt !== null, closedAt, noShows: closedAt === null ? [] : closures.noShows(day) };
}

/**
 * Closes the day once for the centre: every booking the hub holds that no ticket does is a
 * no-show, decided here and never again. A booking checked in anywhere the hub has heard of, or
 * served, is never one. Closing a closed day answers the decision already made.
 */
export function closeDay(context: DayContext, closures: ClosureStore, actor: Actor, moment: Moment, day: string): DayDecision {
  if (closures.closedAt(day) === null) {
    const noShows = context.tickets.uncheckedBookings(day);
    closures.close(day, moment.at, actor.deviceId, actor.operator, noShows);
    context.emit('day.closed', { day, noShows: noShows.length, at: moment.at });
  }
  return decisionOf(closures, day);
}
