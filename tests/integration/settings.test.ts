import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/contract/client';
import { withCore } from '../support/core-fixture';
import { openWorkstationDb } from '../support/workstation-files';

const desk = () => withCore('settings', { now: () => new Date(2026, 10, 25, 9, 0) });

/**
 * A workstation's first morning: four settings changes after the first supervisor was made, so
 * five audit rows, with refused changes in between that must leave none.
 */
async function fiveAuditedChanges(api: ApiClient, dir: string) {
  await api.call('settings.update', { idleLockMinutes: 15 });
  await api.call('settings.update', { idleLockMinutes: 0 }).catch(() => undefined);
  await api.call('settings.update', { backupFolder: join(dir, 'missing') }).catch(() => undefined);
  const scans = join(dir, 'scans');
  mkdirSync(scans);
  await api.call('settings.update', { scannerFolder: scans, backupFolder: dir, paperSize: 'A5' });
  await api.call('settings.finishSetup', { language: 'ru', centreId: 'ALA-12', centreName: 'ЦОН Бостандыкского района', deskId: '7' });
  await api.call('preferences.setLanguage', { language: 'kk' });
}

describe('workstation settings', () => {
  it('starts not set up, with defaults for everything optional', async () => {
    const { api } = desk();
    const view = await api.call('settings.get', {});
    expect(view.setUp).toBe(false);
    expect(view.printers).toEqual([]);
    expect(view.settings).toEqual({
      language: 'kk',
      centreId: null,
      centreName: null,
      deskId: '1',
      scannerFolder: null,
      printerName: null,
      paperSize: 'A4',
      ticketPrinterName: null,
      idleLockMinutes: 10,
      retentionDays: 30,
      backupFolder: null,
      backupEveryHours: 24,
    });
  });

  it('refuses bad values with the rule each breaks, and keeps what was saved', async () => {
    const { api } = desk();
    await api.call('settings.update', { idleLockMinutes: 15 });
    const failure = await api
      .call('settings.update', { idleLockMinutes: 0, retentionDays: 9999, centreId: 'Астана 1', centreName: ' ', paperSize: 'A3' as 'A4' })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'contract.invalid_input' });
    const messages = Object.fromEntries((failure as { issues: { path: string[]; message: string }[] }).issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toMatchObject({
      idleLockMinutes: 'validation.settings_idle',
      retentionDays: 'validation.settings_retention',
      centreId: 'validation.sync_centre',
      centreName: 'validation.required',
    });
    expect(messages.paperSize).toBeDefined();
    expect((await api.call('settings.get', {})).settings.idleLockMinutes).toBe(15);
    await expect(api.call('settings.update', {} as never)).rejects.toMatchObject({ code: 'contract.invalid_input' });
  });

  it('refuses a scanner or backup folder that is not there, changing nothing else of the same request', async () => {
    const { api, dir } = desk();
    await expect(api.call('settings.update', { backupFolder: join(dir, 'missing'), retentionDays: 60 })).rejects.toMatchObject({ code: 'backup.folder_unavailable' });
    await expect(api.call('settings.update', { scannerFolder: join(dir, 'missing'), retentionDays: 60 })).rejects.toMatchObject({ code: 'scanner.folder_unavailable' });
    expect((await api.call('settings.get', {})).settings.retentionDays).toBe(30);
    const scans = join(dir, 'scans');
    mkdirSync(scans);
    const view = await api.call('settings.update', { scannerFolder: scans, backupFolder: dir, paperSize: 'A5' });
    expect(view.settings).toMatchObject({ scannerFolder: scans, backupFolder: dir, paperSize: 'A5' });
    expect((await api.call('scanner.inbox', {})).folder).toBe(scans);
  });

  it('finishes the first-run setup once, and the language chosen there is the app’s', async () => {
    const { api } = desk();
    const view = await api.call('settings.finishSetup', { language: 'ru', centreId: 'ALA-12', centreName: 'ЦОН Бостандыкского района', deskId: '7' });
    expect(view.setUp).toBe(true);
    expect(view.settings).toMatchObject({ language: 'ru', centreId: 'ALA-12', centreName: 'ЦОН Бостандыкского района', deskId: '7' });
    expect(await api.call('preferences.get', {})).toEqual({ language: 'ru' });
  });
});

describe('audit log', () => {
  it('records every settings change by name, never by value, chained and verifiable', async () => {
    const { api, dir } = desk();
    await fiveAuditedChanges(api, dir);
    const { entries } = await api.call('audit.list', { limit: 100 });
    expect(entries.map((entry) => [entry.action, entry.detail?.changed])).toEqual([
      ['settings.changed', ['language']],
      ['setup.finished', ['centreId', 'centreName', 'deskId', 'language']],
      ['settings.changed', ['backupFolder', 'paperSize', 'scannerFolder']],
      ['settings.changed', ['idleLockMinutes']],
      ['staff.created', undefined],
    ]);
    // Rows name the member of staff signed in, never the citizen's values.
    expect(entries[0]).toMatchObject({ actor: 'supervisor', recordKind: 'settings', at: new Date(2026, 10, 25, 9, 0).toISOString() });
    expect(JSON.stringify(entries)).not.toContain(dir);
    expect(await api.call('audit.verify', {})).toEqual({ rows: 5, intact: true, firstBrokenSeq: null });
    const older = await api.call('audit.list', { beforeSeq: 3, limit: 1 });
    expect(older.entries.map((entry) => entry.seq)).toEqual([2]);
  });

  it('cannot be edited through the app’s own connection', async () => {
    const { api, dir, dataDir } = desk();
    await fiveAuditedChanges(api, dir);
    const db = openWorkstationDb(join(dataDir, 'qabyldau.sqlite'), dataDir);
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'someone' WHERE seq = 2`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    db.close();
  });

  it('catches a row edited, or the newest rows removed, directly in the file', async () => {
    const { api, dir, dataDir } = desk();
    await fiveAuditedChanges(api, dir);
    expect(await api.call('audit.verify', {})).toEqual({ rows: 5, intact: true, firstBrokenSeq: null });
    const db = openWorkstationDb(join(dataDir, 'qabyldau.sqlite'), dataDir);
    // Whoever edits the file can drop the guards; the chain is what tells.
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.prepare(`UPDATE audit_log SET actor = 'desk:9' WHERE seq = 2`).run();
    expect(await api.call('audit.verify', {})).toEqual({ rows: 2, intact: false, firstBrokenSeq: 2 });
    db.prepare(`UPDATE audit_log SET actor = 'supervisor' WHERE seq = 2`).run();
    expect(await api.call('audit.verify', {})).toMatchObject({ intact: true });
    db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    expect(await api.call('audit.verify', {})).toEqual({ rows: 4, intact: false, firstBrokenSeq: 5 });
    db.close();
  });
});
