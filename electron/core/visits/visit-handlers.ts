import { MAX_VISITS_PER_DAY, type MethodOutput, type ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import { localDayOf } from '../../../shared/domain/day';
import type { Visit } from '../../../shared/domain/visit';
import type { SettingRepository } from '../storage/setting-repository';
import type { VisitRepository } from '../storage/visit-repository';

export type VisitHandlerDeps = {
  visits: VisitRepository;
  settings: SettingRepository;
  now: () => Date;
};

function sameRequest(stored: Visit, input: ParsedInput<'visits.logWalkIn'>): boolean {
  return stored.kind === 'walk-in' && stored.citizenName === input.citizenName && stored.iin === (input.iin ?? null);
}

export function createVisitHandlers({ visits, settings, now }: VisitHandlerDeps) {
  return {
    'visits.listForDay': (input: ParsedInput<'visits.listForDay'>): MethodOutput<'visits.listForDay'> => ({
      visits: visits.listForDay(input.day, MAX_VISITS_PER_DAY),
    }),

    'visits.logWalkIn': (input: ParsedInput<'visits.logWalkIn'>): MethodOutput<'visits.logWalkIn'> => {
      const at = now();
      const visit: Visit = {
        id: input.id,
        createdAt: at.toISOString(),
        day: localDayOf(at),
        desk: settings.get('workstation.desk') ?? '1',
        kind: 'walk-in',
        citizenName: input.citizenName,
        iin: input.iin ?? null,
        // A walk-in is standing at the desk, so the visit starts as arrived.
        status: 'arrived',
      };
      if (visits.insert(visit) === 'inserted') return visit;
      // The id is made by the client, so a retry after a lost answer repeats the same request:
      // answer it with what was stored. A different request reusing the id is refused.
      const stored = visits.findById(input.id);
      if (stored && sameRequest(stored, input)) return stored;
      throw new ApiError('visit.duplicate_id');
    },
  };
}
