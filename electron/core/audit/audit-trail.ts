import type { AuditAction, AuditEntry } from '../../../shared/domain/audit';
import type { CoreDeps } from '../core-deps';
import { actorOf } from '../workstation';

type Record = { kind: string; id: string };

/**
 * Appends one audit row for what the current operator just did. Call inside the transaction of
 * the change itself, so a change is never saved without its row, nor a row without its change.
 */
export function audit(deps: Pick<CoreDeps, 'audit' | 'settings' | 'now'>, action: AuditAction, record?: Record, detail?: AuditEntry['detail']): AuditEntry {
  return deps.audit.append({
    at: deps.now().toISOString(),
    actor: actorOf(deps.settings),
    action,
    recordKind: record?.kind ?? null,
    recordId: record?.id ?? null,
    detail: detail ?? null,
  });
}
