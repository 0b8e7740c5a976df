import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/contract/client';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient } from '../support/core-client';
import { completeFields, finishedApplication } from '../support/finished-application';
import { sampleIin } from '../support/bookings-file';
import { uniquePdf, type QueuedIds } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';
import { uploadAndAttach } from '../support/upload';

const timing = { idleMs: 60_000, timeoutMs: 2_000, backoff: { baseMs: 20, capMs: 150 } };

/** The desk's whole flow to the send queue for given ids, with the notes the operator wrote. */
async function queued(api: ApiClient, ids: QueuedIds, notes: string) {
  await finishedApplication(api, ids, { ...completeFields, iin: sampleIin(4), notes });
  await api.call('statements.export', { visitId: ids.visitId, purpose: 'export' });
  await api.call('visits.transition', { id: ids.visitId, to: 'signed' });
  await uploadAndAttach(api, ids.applicationId, 'identity-document', 'id.pdf', await uniquePdf(`identity ${notes.length}`));
  await uploadAndAttach(api, ids.applicationId, 'signed-statement', 'signed.pdf', await uniquePdf(`signed ${notes.length}`));
  await api.call('applications.complete', { id: ids.applicationId });
}

async function sent(api: ApiClient) {
  await api.call('sync.now', {});
  await expect.poll(async () => (await api.call('sync.status', {})).queue.items, { timeout: 10_000 }).toBe(0);
}

describe('the same application from two places', () => {
  it('other content under a version the server holds is a conflict shown on the visit, never taken as sent', async () => {
    const dir = tempDirForTest('sync-conflict');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    // Desk 3 sends version 1; the same desk, restored from an older backup onto a new machine,
    // later makes its own version 1 of that application with other content.
    const first = openCoreClient({ dataDir: join(dir, 'desk'), syncTiming: timing });
    await first.api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    await queued(first.api, ids, 'Алғашқы нұсқа');
    await sent(first.api);
    await first.core.close();
    const restored = openCoreClient({ dataDir: join(dir, 'restored'), syncTiming: timing });
    await restored.api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    await queued(restored.api, ids, 'Басқа мазмұн');
    await sent(restored.api);

    const { visit } = await restored.api.call('visits.get', { id: ids.visitId });
    expect(visit.status).toBe('needs_information');
    expect(JSON.stringify(await restored.api.call('visits.get', { id: ids.visitId }))).toContain('Эта версия уже получена с другим содержанием');
    // The server kept the first content.
    expect(JSON.parse(central.store.application(ids.applicationId)!.body).fields.notes).toBe('Алғашқы нұсқа');
    await restored.core.close();
    await central.close();
  });

  it('a desk of another centre may not write an application it does not own', async () => {
    const dir = tempDirForTest('sync-ownership');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    const owner = openCoreClient({ dataDir: join(dir, 'owner'), syncTiming: timing });
    await owner.api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    await queued(owner.api, ids, 'Иесі');
    await sent(owner.api);
    await owner.core.close();
    const stranger = openCoreClient({ dataDir: join(dir, 'stranger'), syncTiming: timing });
    await stranger.api.call('sync.enrol', { server: central.url, centreId: 'ALA-02', deskId: '1', enrolmentCode: ENROLMENT_CODE });
    await queued(stranger.api, ids, 'Бөгде');
    await sent(stranger.api);
    const { visit } = await stranger.api.call('visits.get', { id: ids.visitId });
    expect(visit.status).toBe('needs_information');
    expect(JSON.stringify(await stranger.api.call('visits.get', { id: ids.visitId }))).toContain('Заявка другого центра или рабочего места');
    expect(JSON.parse(central.store.application(ids.applicationId)!.body).fields.notes).toBe('Иесі');
    await stranger.core.close();
    await central.close();
  });
});
