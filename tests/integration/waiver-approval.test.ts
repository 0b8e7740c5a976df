import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { openCoreClient, testSupervisor } from '../support/core-client';
import { completeFields, finishedApplication } from '../support/finished-application';
import { tempDir } from '../support/temp-dir';

const operator = { login: 'a.operator', name: 'Оператор Әсел', role: 'operator' as const, secret: '246813' };

async function operatorAtDesk(name: string) {
  const { core, api } = openCoreClient({ dataDir: join(tempDir(name), 'data') });
  await api.call('staff.create', operator);
  await api.call('session.signIn', { login: operator.login, secret: operator.secret });
  const ids = { visitId: uuidv7(), applicationId: uuidv7() };
  await finishedApplication(api, ids, completeFields);
  return { core, api, ids };
}

describe('a waiver asked at an operator’s desk', () => {
  it('needs a supervisor’s own login and PIN in the same call, and is recorded as the supervisor’s act', async () => {
    const { core, api, ids } = await operatorAtDesk('waiver-approval');
    const waive = (approval?: { login: string; secret: string }) =>
      api.call('attachments.waive', { applicationId: ids.applicationId, item: 'signed-statement', reason: 'Сканер істемейді', ...(approval ? { approval } : {}) });

    await expect(waive()).rejects.toMatchObject({ code: 'access.supervisor_only' });
    await expect(waive({ login: testSupervisor.login, secret: '000000' })).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    await expect(waive({ login: operator.login, secret: operator.secret })).rejects.toMatchObject({ code: 'access.supervisor_only' });

    const checklist = await waive({ login: testSupervisor.login, secret: testSupervisor.secret });
    expect(checklist.at(-1)).toMatchObject({ item: 'signed-statement', waiver: { reason: 'Сканер істемейді', waivedBy: testSupervisor.login } });
    // The desk stays the operator's.
    expect((await api.call('session.get', {})).staff?.login).toBe(operator.login);
    await core.close();
  });

  it('counts wrong PINs like sign-ins: the fifth locks the supervisor’s account', async () => {
    const { core, api, ids } = await operatorAtDesk('waiver-lockout');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(
        api.call('attachments.waive', { applicationId: ids.applicationId, item: 'signed-statement', reason: 'x', approval: { login: testSupervisor.login, secret: `99999${attempt}` } }),
      ).rejects.toMatchObject({ code: 'session.wrong_credentials' });
    }
    await expect(
      api.call('attachments.waive', { applicationId: ids.applicationId, item: 'signed-statement', reason: 'x', approval: { login: testSupervisor.login, secret: '999995' } }),
    ).rejects.toMatchObject({ code: 'session.account_locked' });
    await expect(
      api.call('attachments.waive', { applicationId: ids.applicationId, item: 'signed-statement', reason: 'x', approval: { login: testSupervisor.login, secret: testSupervisor.secret } }),
    ).rejects.toMatchObject({ code: 'session.account_locked' });
    await core.close();
  });
});

describe('the audit row of an approved waiver', () => {
  it('names the supervisor as the actor and the operator who asked', async () => {
    const { core, api, ids } = await operatorAtDesk('waiver-audit');
    await api.call('attachments.waive', { applicationId: ids.applicationId, item: 'signed-statement', reason: 'r', approval: { login: testSupervisor.login, secret: testSupervisor.secret } });
    await api.call('session.signIn', { login: testSupervisor.login, secret: testSupervisor.secret });
    const { entries } = await api.call('audit.list', { limit: 20 });
    const waived = entries.find((entry) => entry.action === 'attachment.waived');
    expect(waived).toMatchObject({ actor: testSupervisor.login, recordKind: 'application', recordId: ids.applicationId, detail: { item: 'signed-statement', requestedBy: operator.login } });
    await core.close();
  });
});
