import type { ProvisionedStaff, StaffMember, StaffRole } from '../../../shared/domain/staff';
import type { Db } from './database';

type Row = {
  id: string;
  login: string;
  name: string;
  role: StaffRole;
  secret_hash: string;
  active: number;
  failed_sign_ins: number;
  locked_until: string | null;
  created_at: string;
  central_signed_at: string | null;
};

/**
 * A member of staff with what signing in checks; the hash never leaves the core. `centralSignedAt`:
 * when the central system signed the entry last applied to this account, if it was signed.
 */
export type StaffRecord = StaffMember & { secretHash: string; failedSignIns: number; centralSignedAt: string | null };

export type StaffRepository = {
  insert(member: StaffMember & { secretHash: string }): void;
  byLogin(login: string): StaffRecord | undefined;
  byId(id: string): StaffRecord | undefined;
  list(): StaffMember[];
  count(): number;
  activeSupervisors(): number;
  update(id: string, change: Partial<Pick<StaffMember, 'name' | 'role' | 'active'>>, at: string): void;
  setSecret(id: string, secretHash: string, at: string): void;
  /** Counts a failed sign-in; `lockedUntil` is set when this one reached the limit. */
  recordFailure(id: string, lockedUntil: string | null): void;
  clearFailures(id: string): void;
  /**
   * Writes an account the central system provisioned, with the time of its signature when it was
   * signed; false when its login is another account's.
   */
  provision(member: ProvisionedStaff, at: string, signedAt?: string | null): boolean;
};

function toRecord(row: Row): StaffRecord {
  return {
    id: row.id,
    login: row.login,
    name: row.name,
    role: row.role,
    active: row.active === 1,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    secretHash: row.secret_hash,
    failedSignIns: row.failed_sign_ins,
    centralSignedAt: row.central_signed_at,
  };
}

export function staffMemberOf({ secretHash: _hash, failedSignIns: _failures, centralSignedAt: _signed, ...member }: StaffRecord): StaffMember {
  return member;
}

export function createStaffRepository(db: Db): StaffRepository {
  const insert = db.prepare(
    `INSERT INTO staff (id, login, name, role, secret_hash, active, created_at, updated_at)
     VALUES (@id, @login, @name, @role, @secretHash, @active, @createdAt, @createdAt)`,
  );
  const byLogin = db.prepare<[string], Row>('SELECT * FROM staff WHERE login = ?');
  const byId = db.prepare<[string], Row>('SELECT * FROM staff WHERE id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM staff ORDER BY active DESC, role DESC, login');
  const count = db.prepare<[], number>('SELECT count(*) FROM staff').pluck();
  const supervisors = db.prepare<[], number>(`SELECT count(*) FROM staff WHERE role = 'supervisor' AND active = 1`).pluck();
  const update = db.prepare(
    `UPDATE staff SET name = coalesce(@name, name), role = coalesce(@role, role), active = coalesce(@active, active), updated_at = @at WHERE id = @id`,
  );
  const setSecret = db.prepare('UPDATE staff SET secret_hash = ?, failed_sign_ins = 0, locked_until = NULL, updated_at = ? WHERE id = ?');
  const failure = db.prepare('UPDATE staff SET failed_sign_ins = failed_sign_ins + 1, locked_until = coalesce(?, locked_until) WHERE id = ?');
  const clear = db.prepare('UPDATE staff SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?');
  const provision = db.prepare(
    `INSERT INTO staff (id, login, name, role, secret_hash, active, created_at, updated_at, central_signed_at)
     VALUES (@id, @login, @name, @role, @secretHash, @active, @at, @at, @signedAt)
     ON CONFLICT (id) DO UPDATE SET login = excluded.login, name = excluded.name, role = excluded.role,
       secret_hash = excluded.secret_hash, active = excluded.active, updated_at = excluded.updated_at,
       central_signed_at = coalesce(excluded.central_signed_at, central_signed_at)`,
  );
  return {
    insert: (member) => {
      insert.run({ ...member, active: member.active ? 1 : 0 });
    },
    byLogin: (login) => {
      const row = byLogin.get(login);
      return row && toRecord(row);
    },
    byId: (id) => {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    list: () => all.all().map((row) => staffMemberOf(toRecord(row))),
    count: () => count.get() ?? 0,
    activeSupervisors: () => supervisors.get() ?? 0,
    update: (id, change, at) => {
      update.run({ id, at, name: change.name ?? null, role: change.role ?? null, active: change.active === undefined ? null : change.active ? 1 : 0 });
    },
    setSecret: (id, secretHash, at) => {
      setSecret.run(secretHash, at, id);
    },
    recordFailure: (id, lockedUntil) => {
      failure.run(lockedUntil, id);
    },
    clearFailures: (id) => {
      clear.run(id);
    },
    provision: (member, at, signedAt = null) => {
      const holder = byLogin.get(member.login);
      if (holder && holder.id !== member.id) return false;
      provision.run({ ...member, active: member.active ? 1 : 0, at, signedAt });
      return true;
    },
  };
}
