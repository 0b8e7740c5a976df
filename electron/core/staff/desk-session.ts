import { randomUUID } from 'node:crypto';
import { methodAccess, roleAllows } from '../../../shared/contract/access';
import type { MethodName } from '../../../shared/contract/api';
import { ApiError, type ErrorCode } from '../../../shared/contract/errors';
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, type NewStaffMember, type SessionView, type StaffRole } from '../../../shared/domain/staff';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import type { StaffRepository } from '../storage';
import { hashSecret, secretMatches, UNMATCHABLE_HASH } from './staff-secret';

/** What the session needs of the open workstation; null while the database is damaged or restoring. */
export type SessionStore = {
  staff: StaffRepository;
  deps: Pick<CoreDeps, 'audit' | 'settings' | 'now' | 'atomically' | 'actor'>;
  idleMinutes(): number;
};

export type LockCause = 'operator' | 'idle' | 'os';

export type DeskSession = {
  view(): SessionView;
  signIn(login: string, secret: string): Promise<SessionView>;
  signOut(): SessionView;
  lock(cause: LockCause): SessionView;
  touch(): SessionView;
  createFirstSupervisor(member: Omit<NewStaffMember, 'role'>): Promise<SessionView>;
  /** Why this call may not go ahead now, or null; an admitted call counts as activity. */
  admit(method: MethodName): ErrorCode | null;
  /** The signed-in (or locked-out) member's login, which history rows name. */
  actor(): string | null;
};

// Read by the shell on timers: they say nothing about whether someone is at the desk.
const passiveMethods: ReadonlySet<MethodName> = new Set<MethodName>(['session.get', 'health.get', 'preferences.get', 'settings.get', 'catalogue.current', 'sync.status', 'scanner.inbox', 'backups.state']);

// With no member of staff yet (a new workstation), these let the wizard put a backup back; a
// damaged database has no accounts to check, so its restore is the supervisor's at the machine.
const beforeAnyStaff: ReadonlySet<MethodName> = new Set<MethodName>(['backups.list', 'backups.restore']);

type Current = { id: string; login: string; name: string; role: StaffRole; state: 'active' | 'locked'; lastActivity: number };

/** `changed` hears every change of who works at the desk and whether it is locked, the idle lock too. */
export function createDeskSession(store: () => SessionStore | null, now: () => Date, changed: () => void = () => {}): DeskSession {
  let current: Current | null = null;

  const expireIdle = () => {
    const open = store();
    if (!current || current.state !== 'active' || !open) return;
    if (now().getTime() - current.lastActivity >= open.idleMinutes() * 60_000) lockAs('idle');
  };
  const lockAs = (cause: LockCause) => {
    if (!current || current.state === 'locked') return;
    current.state = 'locked';
    const open = store();
    open?.deps.atomically(() => audit(open.deps, 'session.locked', { kind: 'staff', id: current!.id }, { cause }));
    changed();
  };
  const view = (): SessionView => {
    expireIdle();
    const open = store();
    return {
      state: current?.state ?? 'signed_out',
      staff: current && { id: current.id, login: current.login, name: current.name, role: current.role },
      staffExists: open ? open.staff.count() > 0 : true,
    };
  };
  const begin = (open: SessionStore, member: { id: string; login: string; name: string; role: StaffRole }) => {
    current = { ...member, state: 'active', lastActivity: now().getTime() };
    changed();
  };

  return {
    view,
    async signIn(login, secret) {
      const open = store();
      if (!open) throw new ApiError('storage.damaged');
      const member = open.staff.byLogin(login);
      const at = now();
      if (member?.lockedUntil && member.lockedUntil > at.toISOString()) {
        open.deps.atomically(() => audit(open.deps, 'signin.refused_locked', { kind: 'staff', id: member.id }, undefined, member.login));
        throw new ApiError('session.account_locked');
      }
      // An unknown login costs as much time as a wrong secret: nobody learns which logins exist.
      const matches = await secretMatches(secret, member?.secretHash ?? UNMATCHABLE_HASH);
      if (!member || !member.active || !matches) {
        let lockedOut = false;
        open.deps.atomically(() => {
          if (member?.active) {
            lockedOut = member.failedSignIns + 1 >= MAX_FAILED_SIGN_INS;
            const until = lockedOut ? new Date(at.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
            open.staff.recordFailure(member.id, until);
          }
          // The typed login is not copied: a password typed into the wrong field would be.
          audit(open.deps, 'signin.failed', member ? { kind: 'staff', id: member.id } : undefined, undefined, member?.login ?? 'unknown');
          if (lockedOut) audit(open.deps, 'signin.locked_out', { kind: 'staff', id: member!.id }, { minutes: LOCKOUT_MINUTES }, member!.login);
        });
        throw new ApiError(lockedOut ? 'session.account_locked' : 'session.wrong_credentials');
      }
      open.deps.atomically(() => {
        open.staff.clearFailures(member.id);
        audit(open.deps, 'signin.succeeded', { kind: 'staff', id: member.id }, current && current.id !== member.id ? { replaced: current.login } : undefined, member.login);
      });
      begin(open, member);
      return view();
    },
    signOut() {
      const open = store();
      if (current && open) {
        const leaving = current;
        open.deps.atomically(() => audit(open.deps, 'signout', { kind: 'staff', id: leaving.id }, undefined, leaving.login));
      }
      current = null;
      changed();
      return view();
    },
    lock(cause) {
      lockAs(cause);
      return view();
    },
    touch() {
      if (current?.state === 'active') current.lastActivity = now().getTime();
      return view();
    },
    async createFirstSupervisor(member) {
      const open = store();
      if (!open) throw new ApiError('storage.damaged');
      if (open.staff.count() > 0) throw new ApiError('staff.already_set_up');
      const secretHash = await hashSecret(member.secret);
      const created = { id: randomUUID(), login: member.login, name: member.name, role: 'supervisor' as const, active: true, lockedUntil: null, createdAt: now().toISOString() };
      open.deps.atomically(() => {
        // Checked again inside the write lock: two first runs at once make one supervisor.
        if (open.staff.count() > 0) throw new ApiError('staff.already_set_up');
        open.staff.insert({ ...created, secretHash });
        audit(open.deps, 'staff.created', { kind: 'staff', id: created.id }, { role: 'supervisor' }, created.login);
      });
      begin(open, created);
      return view();
    },
    admit(method) {
      const needed = methodAccess[method];
      if (needed === 'anyone') return null;
      expireIdle();
      const open = store();
      // Damaged or being restored: the call itself answers why it cannot be served.
      if (!open) return null;
      if (!current) return beforeAnyStaff.has(method) && open.staff.count() === 0 ? null : 'session.required';
      if (current.state === 'locked') return 'session.locked';
      // Read again on every call: a supervisor's change to an account holds at once.
      const member = open.staff.byId(current.id);
      if (member && !member.active) {
        current = null;
        changed();
        return 'session.required';
      }
      if (member) current.role = member.role;
      if (!roleAllows(current.role, needed)) return 'access.supervisor_only';
      if (!passiveMethods.has(method)) current.lastActivity = now().getTime();
      return null;
    },
    actor: () => current?.login ?? null,
  };
}
