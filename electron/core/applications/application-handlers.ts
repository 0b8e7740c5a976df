import type { Handlers } from '../../../shared/contract/dispatch';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { Application } from '../../../shared/domain/application-record';
import { checkIin } from '../../../shared/domain/iin';
import { closedForChanges } from '../../../shared/domain/visit-workflow';
import { currentCatalogue } from '../catalogue';
import type { CoreDeps } from '../core-deps';
import { moveVisit, requireVisit } from '../visits';
import { finishedParts } from './finished-application';


export function createApplicationHandlers(deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'catalogues' | 'events' | 'now' | 'visits'>): Pick<Handlers, 'applications.correct' | 'applications.finish' | 'applications.saveDraft'> {
  const { applications, catalogues, atomically, now } = deps;

  const requireApplication = (id: string): Application => {
    const application = applications.findById(id);
    if (!application) throw new ApiError('application.not_found');
    return application;
  };

  const withDuplicates = (application: Application) => {
    const { iin, serviceCode } = application.fields;
    return {
      application,
      duplicates: iin && serviceCode ? applications.openDuplicates(iin.trim(), serviceCode.trim(), application.id) : [],
    };
  };

  return {
    'applications.saveDraft': ({ id, visitId, fields }: ParsedInput<'applications.saveDraft'>): MethodOutput<'applications.saveDraft'> =>
      atomically(() => {
        const visit = requireVisit(deps, visitId);
        const existing = applications.findById(id);
        const forVisit = applications.findByVisit(visitId);
        if ((existing && existing.visitId !== visitId) || (forVisit && forVisit.id !== id)) {
          throw new ApiError('application.visit_mismatch');
        }
        if (existing?.state === 'finished' || closedForChanges.includes(visit.status)) throw new ApiError('application.locked');
        const at = now().toISOString();
        const iin = checkIin(fields.iin?.trim() ?? '');
        const application: Application = {
          id,
          visitId,
          state: 'draft',
          version: 1,
          fields,
          birthDate: iin.ok ? iin.facts.birthDate : null,
          sex: iin.ok ? iin.facts.sex : null,
          receiverOverridden: false,
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
          finishedAt: null,
        };
        applications.save(application);
        // Starting an application means the citizen is at the desk and being served.
        const arrived = visit.status === 'booked' ? moveVisit(deps, visit, 'arrived') : visit;
        if (arrived.status === 'arrived') moveVisit(deps, arrived, 'in_service');
        return withDuplicates(application);
      }),

    'applications.finish': ({ id, fields }: ParsedInput<'applications.finish'>): MethodOutput<'applications.finish'> =>
      atomically(() => {
        const existing = requireApplication(id);
        if (existing.state === 'finished') throw new ApiError('application.locked');
        const at = now().toISOString();
        const application: Application = {
          ...existing,
          ...finishedParts(fields, currentCatalogue(catalogues)),
          state: 'finished',
          updatedAt: at,
          finishedAt: at,
        };
        applications.save(application);
        return withDuplicates(application);
      }),

    'applications.correct': ({ id, reason, fields }: ParsedInput<'applications.correct'>): MethodOutput<'applications.correct'> =>
      atomically(() => {
        const existing = requireApplication(id);
        if (existing.state !== 'finished') throw new ApiError('application.not_finished');
        const visit = requireVisit(deps, existing.visitId);
        if (closedForChanges.includes(visit.status)) throw new ApiError('application.locked');
        const application: Application = {
          ...existing,
          ...finishedParts(fields, currentCatalogue(catalogues)),
          version: existing.version + 1,
          updatedAt: now().toISOString(),
        };
        applications.recordCorrection(existing, application.updatedAt, deps.actor(), reason);
        applications.save(application);
        // A statement printed or signed before the correction no longer matches: print it again.
        if (visit.status !== 'in_service') moveVisit(deps, visit, 'in_service', { cause: 'application_corrected' });
        return withDuplicates(application);
      }),
  };
}
