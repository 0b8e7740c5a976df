import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodAccess } from '../../shared/contract/access';
import { methodNames } from '../../shared/contract/api';
import { createApiClient } from '../../shared/contract/client';
import { validInput } from '../support/contract-samples';
import { testSupervisor } from '../support/core-client';
import { withCore } from '../support/core-fixture';
import { tempDir } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';
import { openTestCore } from '../support/core-internals';

const operator = { login: 'a.nurlanova', name: 'Айгерім Нұрланова', role: 'operator', secret: '482913' } as const;
const asOperator = { login: operator.login, secret: operator.secret };
const asSupervisor = { login: testSupervisor.login, secret: testSupervisor.secret };

const workstation = (now: () => Date = () => new Date(2026, 10, 25, 9, 0)) => withCore('staff', { now });

describe('staff accounts and the desk session', () => {
  it('keeps only a scrypt hash with its own salt per account, never the PIN', async () => {
    const { api, core, dataDir } = workstation();
    await api.call('staff.create', operator);
    await api.call('staff.create', { ...operator, login: 'b.ospanov', name: 'Бекзат Оспанов' });
    await core.close();
    const db = openWorkstationDb(join(dataDir, 'qabyldau.sqlite'), dataDir, { readonly: true });
    const hashes = db.prepare<[], string>('SELECT secret_hash FROM staff ORDER BY login').pluck().all();
    db.close();
    expect(hashes).toHaveLength(3);
    for (const hash of hashes) expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    // Same PIN, different salt, different hash.
    expect(hashes[0]!.split('$')[4]).not.toBe(hashes[1]!.split('$')[4]);
    expect(hashes.join()).not.toContain(operator.secret);
  });

  it('refuses a wrong PIN without saying whether the login exists, and audits each try by account id only', async () => {
    const { api } = workstation();
    const created = await api.call('staff.create', operator);
    await api.call('session.signOut', {});
    await expect(api.call('session.signIn', { login: operator.login, secret: '000000' })).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    await expect(api.call('session.signIn', { login: 'nobody.here', secret: '000000' })).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    expect(await api.call('session.get', {})).toMatchObject({ state: 'signed_out', staff: null });
    await expect(api.call('visits.listForDay', { day: '2026-11-25' })).rejects.toMatchObject({ code: 'session.required' });

    // Logins are not case-sensitive; the PIN is.
    const session = await api.call('session.signIn', { login: 'A.Nurlanova', secret: operator.secret });
    expect(session).toMatchObject({ state: 'active', staff: { id: created.id, login: operator.login, role: 'operator' } });
    await api.call('session.signIn', asSupervisor);
    const { entries } = await api.call('audit.list', { limit: 20 });
    const signIns = entries.filter((entry) => entry.action.startsWith('signin.')).reverse();
    expect(signIns.map((entry) => [entry.action, entry.actor, entry.recordId])).toEqual([
      ['signin.failed', operator.login, created.id],
      ['signin.failed', 'unknown', null],
      ['signin.succeeded', operator.login, created.id],
      ['signin.succeeded', testSupervisor.login, expect.any(String)],
    ]);
    expect(JSON.stringify(entries)).not.toContain('000000');
    expect(JSON.stringify(entries)).not.toContain('nobody.here');
  });

  it('locks an account after five wrong tries, even against the right PIN, until a supervisor unlocks it or 15 minutes pass', async () => {
    let clock = new Date(2026, 10, 25, 9, 0);
    const { api } = workstation(() => clock);
    const created = await api.call('staff.create', operator);
    await api.call('session.signOut', {});
    for (let n = 1; n <= 4; n += 1) {
      await expect(api.call('session.signIn', { login: operator.login, secret: `99999${n}` })).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    }
    await expect(api.call('session.signIn', { login: operator.login, secret: '999995' })).rejects.toMatchObject({ code: 'session.account_locked' });
    await expect(api.call('session.signIn', { login: operator.login, secret: operator.secret })).rejects.toMatchObject({ code: 'session.account_locked' });

    await api.call('session.signIn', asSupervisor);
    const listed = (await api.call('staff.list', {})).staff.find((member) => member.id === created.id)!;
    expect(listed.lockedUntil).toBe(new Date(2026, 10, 25, 9, 15).toISOString());
    await api.call('staff.unlock', { id: created.id });
    expect(await api.call('session.signIn', { login: operator.login, secret: operator.secret })).toMatchObject({ state: 'active' });

    // Locked again, then the lock runs out by itself.
    await api.call('session.signOut', {});
    for (let n = 1; n <= 5; n += 1) await api.call('session.signIn', { login: operator.login, secret: '111111' }).catch(() => undefined);
    await expect(api.call('session.signIn', { login: operator.login, secret: operator.secret })).rejects.toMatchObject({ code: 'session.account_locked' });
    clock = new Date(2026, 10, 25, 9, 16);
    expect(await api.call('session.signIn', { login: operator.login, secret: operator.secret })).toMatchObject({ state: 'active' });
    await api.call('session.signIn', asSupervisor);
    const actions = (await api.call('audit.list', { limit: 50 })).entries.map((entry) => entry.action);
    expect(actions.filter((action) => action === 'signin.locked_out')).toHaveLength(2);
    expect(actions).toContain('staff.unlocked');
  });

  it('lets a supervisor set a new PIN for someone who forgot theirs, which also lifts a lock-out', async () => {
    const { api } = workstation();
    const created = await api.call('staff.create', operator);
    await api.call('session.signOut', {});
    for (let n = 1; n <= 5; n += 1) await api.call('session.signIn', { login: operator.login, secret: '101010' }).catch(() => undefined);
    await api.call('session.signIn', asSupervisor);
    await expect(api.call('staff.resetSecret', { id: created.id, secret: '12345' })).rejects.toMatchObject({ code: 'contract.invalid_input' });
    expect(await api.call('staff.resetSecret', { id: created.id, secret: '975310' })).toMatchObject({ lockedUntil: null });
    await expect(api.call('session.signIn', asOperator)).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    expect(await api.call('session.signIn', { login: operator.login, secret: '975310' })).toMatchObject({ state: 'active' });
  });

  it('refuses an operator every supervisor-only method in the core, and audits the try', async () => {
    const { api, core } = workstation();
    await api.call('staff.create', operator);
    await api.call('session.signIn', asOperator);
    const supervisorOnly = methodNames.filter((method) => methodAccess[method] === 'supervisor');
    expect(supervisorOnly).toEqual(expect.arrayContaining(['settings.update', 'audit.list', 'audit.verify', 'staff.create', 'backups.restore', 'sync.enrol']));
    for (const method of supervisorOnly) {
      // Straight at the dispatcher, as a renderer that skipped the UI's own checks would call.
      expect(await core.dispatch(method, validInput(method)), method).toEqual({ ok: false, error: { code: 'access.supervisor_only' } });
    }
    // What an operator does is still served.
    expect(await api.call('visits.listForDay', { day: '2026-11-25' })).toEqual({ visits: [] });
    // Promoting themselves is one of the refused calls.
    const self = (await api.call('session.get', {})).staff!;
    expect(await core.dispatch('staff.update', { id: self.id, role: 'supervisor' })).toMatchObject({ error: { code: 'access.supervisor_only' } });

    await api.call('session.signIn', asSupervisor);
    const refused = (await api.call('audit.list', { limit: 200 })).entries.filter((entry) => entry.action === 'access.refused');
    expect(refused).toHaveLength(supervisorOnly.length + 1);
    expect(refused.every((entry) => entry.actor === operator.login && entry.recordKind === 'method')).toBe(true);
  });

  it('locks the desk after the idle time set in Settings; the same or another member signs in without a restart', async () => {
    let clock = new Date(2026, 10, 25, 9, 0);
    const { api } = workstation(() => clock);
    await api.call('settings.update', { idleLockMinutes: 5 });
    await api.call('staff.create', operator);
    await api.call('session.signIn', asOperator);
    clock = new Date(2026, 10, 25, 9, 4);
    // Typing in a form is activity even when nothing is saved yet.
    await api.call('session.touch', {});
    clock = new Date(2026, 10, 25, 9, 8);
    expect(await api.call('visits.listForDay', { day: '2026-11-25' })).toEqual({ visits: [] });
    // Polling the session is not activity.
    clock = new Date(2026, 10, 25, 9, 12, 59);
    expect(await api.call('session.get', {})).toMatchObject({ state: 'active' });
    clock = new Date(2026, 10, 25, 9, 13);
    expect(await api.call('session.get', {})).toMatchObject({ state: 'locked', staff: { login: operator.login } });
    await expect(api.call('visits.listForDay', { day: '2026-11-25' })).rejects.toMatchObject({ code: 'session.locked' });
    await expect(api.call('session.signIn', { login: operator.login, secret: '000000' })).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    expect(await api.call('session.get', {})).toMatchObject({ state: 'locked' });
    expect(await api.call('session.signIn', asSupervisor)).toMatchObject({ state: 'active', staff: { login: testSupervisor.login, role: 'supervisor' } });
    const locked = (await api.call('audit.list', { limit: 20 })).entries.find((entry) => entry.action === 'session.locked');
    expect(locked).toMatchObject({ actor: operator.login, detail: { cause: 'idle' } });
  });

  it('locks at once when Windows locks the screen or the operator steps away', async () => {
    const { api, core, ready } = workstation();
    await ready;
    core.lockSession('os');
    expect(await api.call('session.get', {})).toMatchObject({ state: 'locked' });
    await api.call('session.signIn', asSupervisor);
    expect(await api.call('session.lock', {})).toMatchObject({ state: 'locked' });
    const causes = (await (async () => {
      await api.call('session.signIn', asSupervisor);
      return api.call('audit.list', { limit: 20 });
    })()).entries.filter((entry) => entry.action === 'session.locked').map((entry) => entry.detail?.cause);
    expect(causes).toEqual(['operator', 'os']);
  });

  it('signs a disabled member out at their next call, and never leaves the workstation without an active supervisor', async () => {
    const { api, core } = workstation();
    const member = await api.call('staff.create', { ...operator, role: 'supervisor' });
    const self = (await api.call('session.get', {})).staff!;
    await api.call('staff.update', { id: member.id, active: false });
    await expect(api.call('staff.update', { id: self.id, role: 'operator' })).rejects.toMatchObject({ code: 'staff.last_supervisor' });
    await api.call('staff.update', { id: member.id, active: true });
    await api.call('session.signIn', asOperator);
    await api.call('staff.update', { id: self.id, active: false });
    await api.call('session.signIn', asSupervisor).catch((error: unknown) => expect(error).toMatchObject({ code: 'session.wrong_credentials' }));
    // A supervisor demoted while signed in loses the rights at once.
    await api.call('staff.update', { id: self.id, active: true });
    await api.call('session.signIn', asSupervisor);
    const other = createApiClient((method, input) => core.dispatch(method, input));
    await other.call('staff.update', { id: member.id, role: 'operator' });
    await api.call('session.signIn', asOperator);
    await expect(api.call('audit.verify', {})).rejects.toMatchObject({ code: 'access.supervisor_only' });
    await expect(api.call('staff.createFirstSupervisor', { login: 'late.comer', name: 'Кейін Келген', secret: '123123' })).rejects.toMatchObject({ code: 'staff.already_set_up' });
  });

  it('lets nobody in before the first supervisor exists, except the first-run steps', async () => {
    const dataDir = tempDir('fresh');
    const core = openTestCore({ dataDir });
    const api = createApiClient((method, input) => core.dispatch(method, input));
    expect(await api.call('session.get', {})).toEqual({ state: 'signed_out', staff: null, staffExists: false });
    await expect(api.call('visits.listForDay', { day: '2026-11-25' })).rejects.toMatchObject({ code: 'session.required' });
    await expect(api.call('settings.finishSetup', validInput('settings.finishSetup'))).rejects.toMatchObject({ code: 'session.required' });
    await expect(api.call('staff.createFirstSupervisor', { ...testSupervisor, secret: '12345' })).rejects.toMatchObject({ code: 'contract.invalid_input' });
    expect(await api.call('staff.createFirstSupervisor', testSupervisor)).toMatchObject({ state: 'active', staff: { role: 'supervisor' }, staffExists: true });
    expect((await api.call('settings.finishSetup', validInput('settings.finishSetup'))).setUp).toBe(true);
    await core.close();
  });
});
