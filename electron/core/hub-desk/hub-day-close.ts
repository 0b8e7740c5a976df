import { randomUUID } from 'node:crypto';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { DayDecision } from '../../../shared/hub';
import type { CoreDeps } from '../core-deps';
import { retryable } from '../hub-link';
import { moveVisit, requireVisit } from '../visits';
import type { HandoverRunner } from './handover-runner';
import type { HubDeskLink } from './hub-desk-link';

type DayCloseDeps = Pick<CoreDeps, 'actor' | 'atomically' | 'events' | 'now' | 'visits'>;

/** Marks no-show this desk's bookings of the day the hub decided are; a booking checked in anywhere stays as it is. */
function applyDecision(deps: DayCloseDeps, decision: DayDecision): number {
  const noShows = new Set(decision.noShows.map((code) => code.toUpperCase()));
  return deps.atomically(() => {
    let marked = 0;
    for (const id of deps.visits.idsWithStatus(decision.day, 'booked')) {
      const visit = requireVisit(deps, id);
      if (visit.bookingCode === null || !noShows.has(visit.bookingCode.toUpperCase())) continue;
      moveVisit(deps, visit, 'no_show', { cause: 'day_closed' });
      marked++;
    }
    return marked;
  });
}

/** The hub's answer, or `hub.day_deferred` when it cannot be had now: a desk defers rather than guesses. */
async function ask<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (retryable(error)) throw new ApiError('hub.day_deferred');
    throw error;
  }
}

/**
 * The end of the day at a desk paired with a hub: what the desk did alone is handed over first,
 * then the hub's decision is read, and only the bookings it names become no-shows. An unpaired
 * desk closes its day alone, as before (`alone`).
 */
export function createHubDayClose(deps: DayCloseDeps, link: HubDeskLink, handover: HandoverRunner, alone: (input: ParsedInput<'visits.closeDay'>) => MethodOutput<'visits.closeDay'> | Promise<MethodOutput<'visits.closeDay'>>) {
  return {
    'visits.closeDay': async (input: ParsedInput<'visits.closeDay'>): Promise<MethodOutput<'visits.closeDay'>> => {
      if (link.pairing() === null) return alone(input);
      await handover.drain();
      const decision = await ask(() => link.call('dayDecision', { day: input.day }));
      if (!decision.closed) throw new ApiError('hub.day_open');
      return { noShows: applyDecision(deps, decision) };
    },
    'hub.closeDay': async ({ day }: ParsedInput<'hub.closeDay'>): Promise<MethodOutput<'hub.closeDay'>> => {
      if (link.pairing() === null) throw new ApiError('hub.not_paired');
      await handover.drain();
      const decision = await ask(() => link.call('closeDay', { requestId: randomUUID(), day, operator: deps.actor().slice(0, 64) }));
      return { day, centreNoShows: decision.noShows.length, noShows: applyDecision(deps, decision) };
    },
  };
}
