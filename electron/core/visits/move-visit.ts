import { ApiError } from '../../../shared/contract/errors';
import type { Visit, VisitEventCause } from '../../../shared/domain/visit';
import { canTransition, type VisitStatus } from '../../../shared/domain/visit-workflow';
import type { CoreDeps } from '../core-deps';

/**
 * The one way a visit's status changes: checked against the workflow, stamped with when and by
 * whom. Call inside `atomically` together with whatever else the change touches.
 * Moving a visit to the status it already has changes nothing, so a retried request is harmless.
 */
export function moveVisit(deps: Pick<CoreDeps, 'actor' | 'events' | 'now' | 'visits'>, visit: Visit, to: VisitStatus, why: { reason?: string; cause?: VisitEventCause } = {}): Visit {
  if (visit.status === to) return visit;
  if (!canTransition(visit.status, to)) throw new ApiError('visit.transition_refused');
  const at = deps.now().toISOString();
  deps.visits.setStatus(visit.id, to, at);
  deps.events.add(visit.id, { at, actor: deps.actor(), from: visit.status, to, reason: why.reason ?? null, cause: why.cause ?? null });
  return { ...visit, status: to, updatedAt: at };
}

export function requireVisit(deps: Pick<CoreDeps, 'visits'>, id: string): Visit {
  const visit = deps.visits.findById(id);
  if (!visit) throw new ApiError('visit.not_found');
  return visit;
}
