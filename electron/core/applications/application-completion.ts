import type { Handlers } from '../../../shared/contract/dispatch';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import { checklistOf, missingItems } from '../attachments';
import type { CoreDeps } from '../core-deps';
import { queueForSending } from '../sync';
import { moveVisit, requireVisit } from '../visits';

/**
 * Completing hands the application over for sending. It needs the citizen's signature (the visit
 * is `signed`) and every required document attached, or waived by a supervisor with a reason.
 * The visit moves to `queued` and the outbox row is written in the same transaction.
 */
export function createCompletionHandlers(deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'attachments' | 'catalogues' | 'events' | 'now' | 'outbox' | 'visits' | 'waivers'>): Pick<Handlers, 'applications.complete'> {
  return {
    'applications.complete': ({ id }: ParsedInput<'applications.complete'>): MethodOutput<'applications.complete'> =>
      deps.atomically(() => {
        const application = deps.applications.findById(id);
        if (!application) throw new ApiError('application.not_found');
        if (application.state !== 'finished') throw new ApiError('application.not_finished');
        const visit = requireVisit(deps, application.visitId);
        if (visit.status === 'queued') return visit;
        const missing = missingItems(checklistOf(deps, application).entries);
        if (missing.length > 0) {
          throw new ApiError(
            'application.documents_missing',
            missing.map((item) => ({ path: ['documents', item], message: 'validation.document_missing' })),
          );
        }
        const queued = moveVisit(deps, visit, 'queued');
        queueForSending(deps, application, queued);
        return queued;
      }),
  };
}
