import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from '../../../shared/domain/staff';
import { ApiError } from '../../../shared/contract/errors';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import { secretMatches, UNMATCHABLE_HASH } from './staff-secret';

/**
 * A supervisor's consent given at an operator's desk, by their own login and PIN, for one act.
 * It counts like a sign-in: wrong secrets add up to the same lock-out, so the dialog is no way to
 * guess a supervisor's PIN. Answers the supervisor's login, which the act is recorded under.
 */
export async function supervisorApproval(deps: Pick<CoreDeps, 'staff' | 'audit' | 'now' | 'actor' | 'atomically'>, login: string, secret: string): Promise<string> {
  const member = deps.staff.byLogin(login);
  const at = deps.now();
  if (member?.lockedUntil && member.lockedUntil > at.toISOString()) throw new ApiError('session.account_locked');
  const matches = await secretMatches(secret, member?.secretHash ?? UNMATCHABLE_HASH);
  if (!member || !member.active || !matches) {
    let lockedOut = false;
    deps.atomically(() => {
      if (member?.active) {
        lockedOut = member.failedSignIns + 1 >= MAX_FAILED_SIGN_INS;
        deps.staff.recordFailure(member.id, lockedOut ? new Date(at.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null);
      }
      audit(deps, 'signin.failed', member ? { kind: 'staff', id: member.id } : undefined, { approvalFor: deps.actor() }, member?.login ?? 'unknown');
      if (lockedOut) audit(deps, 'signin.locked_out', { kind: 'staff', id: member!.id }, { minutes: LOCKOUT_MINUTES }, member!.login);
    });
    throw new ApiError(lockedOut ? 'session.account_locked' : 'session.wrong_credentials');
  }
  if (member.role !== 'supervisor') throw new ApiError('access.supervisor_only');
  deps.atomically(() => deps.staff.clearFailures(member.id));
  return member.login;
}
