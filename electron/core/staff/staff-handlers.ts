import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/api';
import type { Handlers } from '../../../shared/contract/dispatch';
import { ApiError } from '../../../shared/contract/errors';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import { staffMemberOf, type StaffRepository } from '../storage';
import { hashSecret } from './staff-secret';

type StaffMethod = 'staff.list' | 'staff.create' | 'staff.update' | 'staff.resetSecret' | 'staff.unlock';

/** A supervisor's management of the desk's accounts; each change leaves an audit row naming the account. */
export function createStaffHandlers(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'now'>, staff: StaffRepository): Pick<Handlers, StaffMethod> {
  const { atomically, now } = deps;
  const existing = (id: string) => {
    const member = staff.byId(id);
    if (!member) throw new ApiError('staff.not_found');
    return member;
  };
  const record = (id: string) => ({ kind: 'staff' as const, id });
  return {
    'staff.list': () => ({ staff: staff.list() }),
    'staff.create': async ({ login, name, role, secret }: ParsedInput<'staff.create'>) => {
      const secretHash = await hashSecret(secret);
      const member = { id: randomUUID(), login, name, role, active: true, lockedUntil: null, createdAt: now().toISOString() };
      atomically(() => {
        if (staff.byLogin(login)) throw new ApiError('staff.login_taken');
        staff.insert({ ...member, secretHash });
        audit(deps, 'staff.created', record(member.id), { role });
      });
      return member;
    },
    'staff.update': ({ id, ...change }: ParsedInput<'staff.update'>) =>
      atomically(() => {
        const before = existing(id);
        const demoted = change.role === 'operator' || change.active === false;
        // Someone must always be able to run the workstation.
        if (before.role === 'supervisor' && before.active && demoted && staff.activeSupervisors() <= 1) throw new ApiError('staff.last_supervisor');
        staff.update(id, change, now().toISOString());
        audit(deps, 'staff.changed', record(id), { changed: Object.keys(change).sort() });
        return staffMemberOf(existing(id));
      }),
    'staff.resetSecret': async ({ id, secret }: ParsedInput<'staff.resetSecret'>) => {
      existing(id);
      const secretHash = await hashSecret(secret);
      return atomically(() => {
        staff.setSecret(id, secretHash, now().toISOString());
        audit(deps, 'staff.secret_reset', record(id));
        return staffMemberOf(existing(id));
      });
    },
    'staff.unlock': ({ id }: ParsedInput<'staff.unlock'>) =>
      atomically(() => {
        existing(id);
        staff.clearFailures(id);
        audit(deps, 'staff.unlocked', record(id));
        return staffMemberOf(existing(id));
      }),
  };
}
