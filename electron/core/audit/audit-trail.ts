import type { AuditAction, AuditEntry, AuditRecordKind } from '../../../shared/domain/audit';
import type { CoreDeps } from '../core-deps';

type Record = { kind: AuditRecordKind; id: string };

/**
 * Appends one audit row for what the current operator just did. Call inside the transaction of
 * the change itself, so a change is never saved without its row, nor a row without its change.
 */
export function audit(
  deps: Pick<CoreDeps, 'audit' | 'now' | 'actor'>,
  action: AuditAction,
  record?: Record,
  detail?: AuditEntry['detail'],
  // Signing in names who tried, before anyone is signed in.
  actor: string = deps.actor(),
): AuditEntry {
  return deps.audit.append({
    at: deps.now().toISOString(),
    actor,
    action,
    recordKind: record?.kind ?? null,
    recordId: record?.id ?? null,
    detail: detail ?? null,
  });
}
