import { provisionedStaffSchema } from '../../../shared/domain/staff';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import type { StaffChange } from './sync-protocol';
import { judgeStaffEntry, type SignedStaffFields } from './staff-signature';

/** What the desk trusts the feed's staff accounts by: the central key pinned at enrolment. */
export type StaffTrust = { centralKey: string | null };

type Deps = Pick<CoreDeps, 'actor' | 'audit' | 'now' | 'settings' | 'staff'>;

/**
 * A refused account is not applied, and leaves a trace a supervisor can follow without any
 * personal data: an audit row with the account's id, the role it claimed and why, and a count on
 * the Sync page.
 */
function recordRefusal(deps: Deps, id: string, role: string, reason: string, at: string) {
  audit(deps, 'staff.refused', { kind: 'staff', id }, { role, reason }, 'system:central');
  const before = JSON.parse(deps.settings.get('sync.staffRefused') ?? '{"count":0}') as { count: number };
  deps.settings.set('sync.staffRefused', JSON.stringify({ count: before.count + 1, at }));
}

/** One staff entry of the feed, inside the page's transaction. */
export function applyStaffChange(deps: Deps, change: StaffChange, trust: StaffTrust, at: string): 'applied' | 'skipped' | 'refused' {
  const member = provisionedStaffSchema.safeParse(change.staff);
  if (!member.success) return 'skipped';
  const existing = deps.staff.byId(member.data.id);
  const verdict = judgeStaffEntry(change.staff as SignedStaffFields, change.signature, {
    centralKey: trust.centralKey,
    centreId: deps.settings.get('workstation.centre') ?? null,
    existing,
  });
  if (verdict.kind === 'refused') {
    recordRefusal(deps, member.data.id, member.data.role, verdict.reason, at);
    return 'refused';
  }
  if (verdict.kind === 'stale' || !deps.staff.provision(member.data, at, verdict.signedAt)) return 'skipped';
  audit(deps, 'staff.provisioned', { kind: 'staff', id: member.data.id }, { role: member.data.role, active: member.data.active, signed: verdict.signedAt !== null }, 'system:central');
  return 'applied';
}
