import type { Handlers } from '../../../shared/contract/dispatch';
import type { CoreDeps } from '../core-deps';

/** The audit log as a supervisor reads it, newest first, and the check that its chain is whole. */
export function createAuditHandlers({ audit }: Pick<CoreDeps, 'audit'>): Pick<Handlers, 'audit.list' | 'audit.verify'> {
  return {
    'audit.list': ({ beforeSeq, limit }) => ({ entries: audit.list({ beforeSeq, limit }) }),
    'audit.verify': () => audit.verify(),
  };
}
