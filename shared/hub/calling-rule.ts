import type { CallingClass, CallingRule, HubWindow } from './centre-config';
import type { PublicTicket } from './ticket';

/** What the calling rule reads of a waiting ticket. */
export type Candidate = Pick<PublicTicket, 'id' | 'groupId' | 'kind' | 'priority' | 'slot' | 'status' | 'transferWindow' | 'order'>;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The class a ticket is called in at this window, or null when this window may not call it now. */
export function classAt(ticket: Candidate, window: Pick<HubWindow, 'id' | 'groups'>, rule: CallingRule, nowHhmm: string): CallingClass | null {
  if (ticket.status !== 'waiting') return null;
  // A ticket transferred to a window is that window's alone, whatever group it is in.
  if (ticket.transferWindow !== null) return ticket.transferWindow === window.id ? 'transferred' : null;
  if (!window.groups.includes(ticket.groupId)) return null;
  // Priority categories are served out of turn: a booked citizen of one does not wait for the slot.
  if (ticket.priority !== null) return 'priority';
  if (ticket.kind === 'walk_in') return 'walk_in';
  if (ticket.slot === null) return 'walk_in';
  return minutesOf(ticket.slot) - rule.earlyMinutes <= minutesOf(nowHhmm) ? 'booked' : null;
}

/** Within a class: booked citizens by slot, everything else (and equal slots) by issue order. */
function before(a: Candidate, b: Candidate, kind: CallingClass): number {
  if (kind === 'booked' && a.slot !== b.slot) return (a.slot ?? '') < (b.slot ?? '') ? -1 : 1;
  return a.order - b.order;
}

/**
 * The ticket "call next" takes at a window: the first class of the centre's order that holds a
 * ticket this window may call, and in it the first ticket. Null when nothing waits for this window.
 */
export function pickNext<T extends Candidate>(waiting: readonly T[], window: Pick<HubWindow, 'id' | 'groups'>, rule: CallingRule, nowHhmm: string): T | null {
  let best: { ticket: T; rank: number } | null = null;
  for (const ticket of waiting) {
    const kind = classAt(ticket, window, rule, nowHhmm);
    if (kind === null) continue;
    const rank = rule.order.indexOf(kind);
    if (best === null || rank < best.rank || (rank === best.rank && before(ticket, best.ticket, kind) < 0)) best = { ticket, rank };
  }
  return best?.ticket ?? null;
}
