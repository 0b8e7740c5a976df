import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCentral, type Central } from '../central/central-server';
import { signStaffWith, type StaffAccount } from '../central/central-signing';
import { ENROLMENT_CODE } from '../support/central';
import { hashSecret } from '../../electron/core/staff/staff-secret';
import { openCoreClient, testSupervisor } from '../support/core-client';
import { drainSync } from '../support/core-internals';
import { tempDir } from '../support/temp-dir';

const timing = { idleMs: 60_000, timeoutMs: 1_500, backoff: { baseMs: 20, capMs: 150 }, batchItems: 3, batchBytes: 1 << 20, pullLimit: 3 };
const CENTRE = 'AST-01';

async function enrolledDesk(label: string) {
  const dir = tempDir(label);
  const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
  const dataDir = join(dir, 'desk');
  const { core, api } = openCoreClient({ dataDir, syncTiming: timing });
  await api.call('sync.enrol', { server: central.url, centreId: CENTRE, deskId: '3', enrolmentCode: ENROLMENT_CODE });
  await drainSync(core);
  return { dir, dataDir, central, core, api };
}

/** The back office publishes an account, signed with the central key unless asked not to. */
async function publish(central: Central, staff: StaffAccount, unsigned = false) {
  const response = await fetch(`${central.url}/_admin/staff`, { method: 'POST', body: JSON.stringify({ centreId: CENTRE, staff, unsigned }) });
  expect(response.status).toBe(201);
}

const account = async (n: number, role: 'operator' | 'supervisor', secret: string): Promise<StaffAccount> => ({
  id: `019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4b0${n}`,
  login: `staff.${n}`,
  name: `Қызметкер Нөмір ${n}`,
  role,
  active: true,
  secretHash: await hashSecret(secret),
});

describe('staff accounts from the feed, signed by the central system', () => {
  it('applies a supervisor the central system signed, and refuses forged ones without applying them or writing who they name', async () => {
    const { central, core, api } = await enrolledDesk('staff-signed');
    const boss = await account(1, 'supervisor', '246813');
    await publish(central, boss);
    await drainSync(core);
    expect(await api.call('session.signIn', { login: boss.login, secret: '246813' })).toMatchObject({ state: 'active', staff: { role: 'supervisor' } });
    await api.call('session.signIn', { login: testSupervisor.login, secret: testSupervisor.secret });

    const { privateKey: forgersKey } = generateKeyPairSync('ed25519');
    const intruder = await account(2, 'supervisor', '975310');
    const raised = await account(3, 'operator', '864200');
    const otherCentre = await account(4, 'supervisor', '531975');
    const taken = { ...boss, role: 'operator', secretHash: await hashSecret('112233') };
    // Unsigned, as a man in the middle would add one.
    await publish(central, intruder, true);
    // Read before the next change of the same account: the feed brings only each account's newest.
    await drainSync(core);
    // Signed with a key of the forger's own.
    central.store.addChange(CENTRE, 'staff', { staff: intruder, signature: signStaffWith(forgersKey, CENTRE, intruder) });
    // An operator's genuine signature, the role raised after signing.
    central.store.addChange(CENTRE, 'staff', { staff: { ...raised, role: 'supervisor' }, signature: central.signing.signStaff(CENTRE, raised) });
    // Genuine, but for another centre's desks.
    central.store.addChange(CENTRE, 'staff', { staff: otherCentre, signature: central.signing.signStaff('ALA-02', otherCentre) });
    // Unsigned, taking over the supervisor's account as an operator with a PIN the sender knows.
    central.store.addChange(CENTRE, 'staff', { staff: taken });
    // An operator, unsigned as before: still applied.
    const clerk = await account(5, 'operator', '192837');
    central.store.addChange(CENTRE, 'staff', { staff: clerk });
    await drainSync(core);

    const staff = (await api.call('staff.list', {})).staff;
    expect(staff.map((member) => [member.login, member.role]).sort()).toEqual(
      [
        [boss.login, 'supervisor'],
        [clerk.login, 'operator'],
        [testSupervisor.login, 'supervisor'],
      ].sort(),
    );
    await expect(api.call('session.signIn', { login: boss.login, secret: '112233' })).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    await api.call('session.signIn', { login: testSupervisor.login, secret: testSupervisor.secret });

    const entries = (await api.call('audit.list', { limit: 200 })).entries;
    const refused = entries.filter((entry) => entry.action === 'staff.refused').reverse();
    expect(refused.map((entry) => [entry.actor, entry.recordId, entry.detail])).toEqual([
      ['system:central', intruder.id, { role: 'supervisor', reason: 'unsigned' }],
      ['system:central', intruder.id, { role: 'supervisor', reason: 'bad_signature' }],
      ['system:central', raised.id, { role: 'supervisor', reason: 'bad_signature' }],
      ['system:central', otherCentre.id, { role: 'supervisor', reason: 'other_centre' }],
      ['system:central', boss.id, { role: 'operator', reason: 'unsigned' }],
    ]);
    const trail = JSON.stringify(entries);
    for (const member of [intruder, raised, otherCentre]) {
      expect(trail).not.toContain(member.login);
      expect(trail).not.toContain(member.name);
    }
    expect(entries.filter((entry) => entry.action === 'staff.provisioned').map((entry) => [entry.recordId, entry.detail?.signed])).toEqual([
      [clerk.id, false],
      [boss.id, true],
    ]);
    // The feed went on; the Sync page says what was refused and when.
    const status = await api.call('sync.status', {});
    expect(status).toMatchObject({ connection: 'idle', lastError: null, staffRefused: { count: 5, at: expect.any(String) } });
    await core.close();
    await central.close();
  });

  it('retires a supervisor by a newer signed entry, and does not bring it back when an older one is played again', async () => {
    const { central, core, api } = await enrolledDesk('staff-replay');
    const boss = await account(6, 'supervisor', '246813');
    const hired = central.signing.signStaff(CENTRE, boss, '2026-01-10T09:00:00.000Z');
    central.store.addChange(CENTRE, 'staff', { staff: boss, signature: hired });
    await drainSync(core);
    const retired = { ...boss, active: false };
    central.store.addChange(CENTRE, 'staff', { staff: retired, signature: central.signing.signStaff(CENTRE, retired, '2026-03-01T09:00:00.000Z') });
    await drainSync(core);
    // The hiring entry, played back word for word after the retirement.
    central.store.addChange(CENTRE, 'staff', { staff: boss, signature: hired });
    await drainSync(core);
    expect((await api.call('staff.list', {})).staff.find((member) => member.id === boss.id)).toMatchObject({ active: false, role: 'supervisor' });
    await expect(api.call('session.signIn', { login: boss.login, secret: '246813' })).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    await api.call('session.signIn', { login: testSupervisor.login, secret: testSupervisor.secret });
    const provisioned = (await api.call('audit.list', { limit: 100 })).entries.filter((entry) => entry.action === 'staff.provisioned');
    expect(provisioned.map((entry) => entry.detail?.active)).toEqual([false, true]);
    await core.close();
    await central.close();
  });

  it('on a desk enrolled before the key was pinned, takes operators and refuses supervisors until it is enrolled again', async () => {
    const { dataDir, central, core } = await enrolledDesk('staff-no-key');
    await core.close();
    // The previous release kept the bare credential, with no key beside it.
    const file = join(dataDir, 'sync-credential');
    writeFileSync(file, (JSON.parse(readFileSync(file, 'utf8')) as { credential: string }).credential, { mode: 0o600 });
    const reopened = openCoreClient({ dataDir, syncTiming: timing });
    const boss = await account(7, 'supervisor', '246813');
    const clerk = await account(8, 'operator', '192837');
    await publish(central, boss);
    await publish(central, clerk);
    await drainSync(reopened.core);
    const logins = (await reopened.api.call('staff.list', {})).staff.map((member) => member.login);
    expect(logins).toContain(clerk.login);
    expect(logins).not.toContain(boss.login);
    const refused = (await reopened.api.call('audit.list', { limit: 50 })).entries.filter((entry) => entry.action === 'staff.refused');
    expect(refused.map((entry) => entry.detail)).toEqual([{ role: 'supervisor', reason: 'no_key' }]);

    await reopened.api.call('sync.enrol', { server: central.url, centreId: CENTRE, deskId: '3', enrolmentCode: ENROLMENT_CODE });
    expect((await reopened.api.call('sync.status', {})).staffRefused).toBeNull();
    await publish(central, { ...boss, name: 'Қызметкер Нөмір 7 (жаңа)' });
    await drainSync(reopened.core);
    expect((await reopened.api.call('staff.list', {})).staff.map((member) => member.login)).toContain(boss.login);
    await reopened.core.close();
    await central.close();
  });
});
