import type { Handlers } from '../../../shared/contract/dispatch';
import { MAX_VISITS_PER_DAY, type MethodOutput, type ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import { MAX_CHECK_IN_MATCHES } from '../../../shared/contract/methods/visit-methods';
import { localDayOf } from '../../../shared/domain/day';
import type { Visit } from '../../../shared/domain/visit';
import type { CoreDeps } from '../core-deps';
import { deskIdOf } from '../settings';
import { moveVisit, requireVisit } from './move-visit';

function sameRequest(stored: Visit, input: ParsedInput<'visits.logWalkIn'>): boolean {
  return stored.kind === 'walk-in' && stored.citizenName === input.citizenName && stored.iin === (input.iin ?? null);
}

export function createVisitHandlers(deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'events' | 'now' | 'settings' | 'visits'>): Pick<Handlers, 'visits.checkIn' | 'visits.closeDay' | 'visits.findForCheckIn' | 'visits.get' | 'visits.listForDay' | 'visits.logWalkIn' | 'visits.transition'> {
  const { visits, events, applications, atomically, now, settings, actor } = deps;
  return {
    'visits.listForDay': (input: ParsedInput<'visits.listForDay'>): MethodOutput<'visits.listForDay'> => ({
      visits: visits.listForDay(input.day, MAX_VISITS_PER_DAY),
    }),

    'visits.logWalkIn': (input: ParsedInput<'visits.logWalkIn'>): MethodOutput<'visits.logWalkIn'> => {
      const at = now();
      const visit: Visit = {
        id: input.id,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        day: localDayOf(at),
        desk: deskIdOf(settings),
        kind: 'walk-in',
        citizenName: input.citizenName,
        iin: input.iin ?? null,
        // A walk-in is standing at the desk, so the visit starts as arrived.
        status: 'arrived',
        bookingCode: null,
        slot: null,
        serviceCode: null,
      };
      const inserted = atomically(() => {
        if (visits.insert(visit) === 'exists') return false;
        events.add(visit.id, { at: visit.createdAt, actor: actor(), from: null, to: 'arrived', reason: null, cause: null });
        return true;
      });
      if (inserted) return visit;
      // The id is made by the client, so a retry after a lost answer repeats the same request:
      // answer it with what was stored. A different request reusing the id is refused.
      const stored = visits.findById(input.id);
      if (stored && sameRequest(stored, input)) return stored;
      throw new ApiError('visit.duplicate_id');
    },

    'visits.get': ({ id }: ParsedInput<'visits.get'>): MethodOutput<'visits.get'> => {
      const visit = requireVisit(deps, id);
      return { visit, events: events.listForVisit(id), application: applications.findByVisit(id) ?? null };
    },

    'visits.findForCheckIn': ({ day, query }: ParsedInput<'visits.findForCheckIn'>): MethodOutput<'visits.findForCheckIn'> => ({
      visits: visits.findForCheckIn(day, query, MAX_CHECK_IN_MATCHES),
    }),

    'visits.checkIn': ({ id }: ParsedInput<'visits.checkIn'>): MethodOutput<'visits.checkIn'> =>
      atomically(() => moveVisit(deps, requireVisit(deps, id), 'arrived')),

    'visits.transition': ({ id, to, reason }: ParsedInput<'visits.transition'>): MethodOutput<'visits.transition'> =>
      atomically(() => moveVisit(deps, requireVisit(deps, id), to, reason ? { reason } : {})),

    'visits.closeDay': ({ day }: ParsedInput<'visits.closeDay'>): MethodOutput<'visits.closeDay'> =>
      atomically(() => {
        const ids = visits.idsWithStatus(day, 'booked');
        for (const id of ids) moveVisit(deps, requireVisit(deps, id), 'no_show', { cause: 'day_closed' });
        return { noShows: ids.length };
      }),
  };
}
