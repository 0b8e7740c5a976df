import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCentral } from '../central/central-server';
import { decide } from '../central/central-admin';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient, signingBackInClient } from '../support/core-client';
import { blobPath, drainSync } from '../support/core-internals';
import { queuedApplication, uniquePdf } from '../support/queued-applications';
import { openWorkstationDb } from '../support/workstation-files';
import { tempDir } from '../support/temp-dir';

const timing = { idleMs: 60_000, timeoutMs: 1_500, backoff: { baseMs: 20, capMs: 150 }, batchItems: 5, batchBytes: 1 << 20, pullLimit: 10 };
const DAY = 24 * 60 * 60 * 1000;

function everything(dataDir: string): string {
  const db = openWorkstationDb(join(dataDir, 'qabyldau.sqlite'), dataDir, { readonly: true });
  try {
    const tables = db.prepare<[], string>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all();
    return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM "${table}"`).all()));
  } finally {
    db.close();
  }
}

describe('retention', () => {
  it('removes an accepted application’s personal data and scans after the set days, and leaves the audit trail whole', async () => {
    const dir = tempDir('retention');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const dataDir = join(dir, 'desk');
    let clock = new Date(2026, 9, 1, 9, 0);
    const opened = openCoreClient({ dataDir, syncTiming: timing, now: () => clock });
    const { core } = opened;
    const api = signingBackInClient(core, opened.ready);
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    const accepted = await queuedApplication(api, 1, { identity: await uniquePdf('retained identity'), signed: await uniquePdf('retained signed') });
    const pending = await queuedApplication(api, 2, { identity: await uniquePdf('pending identity'), signed: await uniquePdf('pending signed') });
    await drainSync(core);
    decide(central.store, { applicationId: accepted.applicationId, outcome: 'accepted' });
    await drainSync(core);
    const acceptedIin = (await api.call('visits.get', { id: accepted.visitId })).application!.fields.iin!;
    const pendingIin = (await api.call('visits.get', { id: pending.visitId })).application!.fields.iin!;
    const acceptedScans = (await api.call('attachments.list', { applicationId: accepted.applicationId })).attachments.map((a) => blobPath(core, a.sha256));
    const pendingScans = (await api.call('attachments.list', { applicationId: pending.applicationId })).attachments.map((a) => blobPath(core, a.sha256));
    expect(acceptedScans).toHaveLength(2);

    // Twenty-nine days on, nothing is due.
    clock = new Date(clock.getTime() + 29 * DAY);
    expect(await api.call('retention.run', {})).toEqual({ removed: 0 });
    expect(everything(dataDir)).toContain(acceptedIin);

    clock = new Date(clock.getTime() + 2 * DAY);
    expect(await api.call('retention.run', {})).toEqual({ removed: 1 });
    expect(await api.call('retention.run', {})).toEqual({ removed: 0 });

    const { visit } = await api.call('visits.get', { id: accepted.visitId });
    expect(visit).toMatchObject({ status: 'accepted', citizenName: '', iin: null });
    expect((await api.call('attachments.list', { applicationId: accepted.applicationId })).attachments).toEqual([]);
    for (const scan of acceptedScans) expect(existsSync(scan)).toBe(false);
    for (const scan of pendingScans) expect(existsSync(scan)).toBe(true);
    expect((await api.call('search.visits', { text: acceptedIin })).visits).toEqual([]);
    expect((await api.call('search.visits', { text: pendingIin })).visits.map((found) => found.id)).toEqual([pending.visitId]);
    // Not in any table, the send snapshot and the correction history included; the other one is.
    const stored = everything(dataDir);
    expect(stored).not.toContain(acceptedIin);
    expect(stored).toContain(pendingIin);
    // The day still counts the visit.
    const day = visit.day;
    expect((await api.call('reports.register', { from: day, to: day })).rows.map((row) => row.status).sort()).toEqual(['accepted', 'sent']);

    // The audit trail keeps every row about the application, adds the removal, and verifies.
    const { entries } = await api.call('audit.list', { limit: 500 });
    const about = entries.filter((entry) => entry.recordId === accepted.applicationId).map((entry) => entry.action);
    expect(about).toEqual(expect.arrayContaining(['retention.removed', 'application.finished']));
    expect(entries.find((entry) => entry.action === 'retention.removed')).toMatchObject({ actor: 'system:retention', detail: { days: 30 } });
    expect(await api.call('audit.verify', {})).toMatchObject({ intact: true });
    // A backup afterwards names no removed scan, so it finds every one it names.
    mkdirSync(join(dir, 'share'));
    await api.call('settings.update', { backupFolder: join(dir, 'share') });
    expect((await api.call('backups.run', {})).blobs).toBe(2);
    await core.close();
    await central.close();
  });
});
