import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract/errors';
import { localDayOf } from '../../../shared/domain/day';
import type { Visit } from '../../../shared/domain/visit';
import { ticketSlipSchema, type TicketSlip } from '../../../shared/domain/ticket-slip';
import { groupOfService, localPrefixOf, ticketNumber, type CentreConfig, type DeskTicket } from '../../../shared/hub';
import type { CoreDeps } from '../core-deps';
import { HubFailure } from '../hub-link';
import type { HubLocalRepository, LocalTicket } from '../storage';
import { moveVisit } from '../visits';
import { centreTime } from './ticket-slip-print';

/** The failures after which a desk works alone: the hub did not take the request (or could not say so). */
export const worksAlone = (error: unknown) => error instanceof HubFailure && (error.code === 'hub.unreachable' || error.code === 'hub.unavailable');

type LocalDeps = Pick<CoreDeps, 'actor' | 'atomically' | 'events' | 'now' | 'visits'>;

/**
 * The desk without its hub: check-in against its own copy of the day's bookings (its visits),
 * tickets numbered with its window's own prefix, and a window that calls and serves its own
 * tickets. Everything is written in one transaction with the visit's change, and waits in
 * `hub_local_tickets` for the hub's return (handover-runner.ts).
 */
export function createLocalDesk(deps: LocalDeps, local: HubLocalRepository, centre: () => CentreConfig, prefixSource: () => string) {
  function asDeskTicket(row: LocalTicket): DeskTicket {
    const visit = row.visitId === null ? undefined : deps.visits.findById(row.visitId);
    return {
      id: row.id, day: row.day, number: row.number, prefix: row.prefix, groupId: row.groupId, kind: row.kind, service: row.service.slice(0, 64),
      priority: row.priority, slot: visit?.slot ?? null, status: row.status, windowId: row.windowId, transferWindow: null,
      callCount: row.calledAt === null ? 0 : 1, order: row.seq, issuedAt: row.checkedInAt, calledAt: row.calledAt, finishedAt: row.finishedAt,
      citizenName: visit?.citizenName ?? null, iin: visit?.iin ?? null, bookingCode: row.bookingCode,
    };
  }

  function issue(kind: 'booked' | 'walk_in', service: string, visit: Visit | null, priority: string | null, operator: string, windowId: string | null): DeskTicket {
    const config = centre();
    const group = groupOfService(config.groups, service) ?? config.groups[0]!;
    const at = deps.now();
    const day = localDayOf(at);
    return deps.atomically(() => {
      if (visit?.bookingCode) {
        const earlier = local.forBooking(day, visit.bookingCode);
        if (earlier) throw new HubFailure('hub.already_checked_in', earlier.number);
        moveVisit(deps, visit, 'arrived');
      }
      const seq = local.nextSeq(day);
      const id = randomUUID();
      local.insert({
        id, day, seq, number: ticketNumber(localPrefixOf(prefixSource()), seq), kind, visitId: visit?.id ?? null, bookingCode: visit?.bookingCode ?? null,
        service, groupId: group.id, prefix: group.prefix, priority, windowId, checkedInAt: at.toISOString(), operator,
      });
      return asDeskTicket(local.byId(id)!);
    });
  }

  /** The slip of a local ticket, with the centre's names as the hub last told them. */
  function slipOf(ticketId: string): TicketSlip | null {
    const row = local.byId(ticketId);
    if (!row) return null;
    const config = centre();
    const group = config.groups.find((candidate) => candidate.id === row.groupId);
    const ahead = local.ofDay(row.day).filter((other) => other.status === 'waiting' && other.outcome === null && other.seq < row.seq).length;
    return ticketSlipSchema.parse({
      number: row.number, serviceGroup: group ? group.name : { kk: row.groupId, ru: row.groupId }, centreName: config.centreName,
      issuedAt: centreTime(new Date(row.checkedInAt)), bookedSlot: asDeskTicket(row).slot, expectedWaitMinutes: null, peopleAhead: ahead,
    });
  }

  const mine = (ticketId: string) => {
    const row = local.byId(ticketId);
    return row !== null && row.outcome === null ? row : null;
  };

  return {
    asDeskTicket,
    slipOf,
    /** A local ticket the hub has not taken yet: the window acts on it here. */
    mine,
    checkInBooked: (visit: Visit, priority: string | null, operator: string, windowId: string | null) => {
      if (visit.status !== 'booked' && visit.status !== 'arrived') throw new ApiError('visit.transition_refused');
      return issue('booked', visit.serviceCode ?? 'walk-in', visit, priority, operator, windowId);
    },
    walkIn: (service: string, priority: string | null, operator: string, windowId: string | null) => issue('walk_in', service, null, priority, operator, windowId),
    callNext: (windowId: string): DeskTicket | null =>
      deps.atomically(() => {
        const day = localDayOf(deps.now());
        const busy = local.calledAt(day, windowId);
        if (busy) throw new HubFailure('hub.window_busy', busy.number);
        const next = local.firstWaiting(day);
        if (!next) return null;
        local.call(next.id, windowId, deps.now().toISOString());
        return asDeskTicket(local.byId(next.id)!);
      }),
    finish: (ticketId: string, windowId: string): DeskTicket =>
      deps.atomically(() => {
        const row = mine(ticketId);
        if (!row || row.status !== 'called' || row.windowId !== windowId) throw new ApiError('hub.ticket_state');
        local.finish(row.id, deps.now().toISOString());
        return asDeskTicket(local.byId(row.id)!);
      }),
  };
}
export type LocalDesk = ReturnType<typeof createLocalDesk>;
