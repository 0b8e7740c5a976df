import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/contract/client';
import { bundledFixture } from '../support/bundled-fixture';
import { signInAsSupervisor } from '../support/core-client';
import { withCore } from '../support/core-fixture';
import { databaseHealth } from '../support/core-internals';
import { blobContent, openWorkstationDb } from '../support/workstation-files';
import { queuedApplication, uniquePdf } from '../support/queued-applications';

const resourcesDir = resolve(import.meta.dirname, '../../resources');

type Rows = Record<string, unknown[]>;

/** Every row of every table (FTS shadow tables included), in rowid order. */
function everyRow(dataDir: string): Rows {
  const db = openWorkstationDb(join(dataDir, 'qabyldau.sqlite'), dataDir, { readonly: true });
  try {
    const tables = db.prepare<[], string>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all();
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).all()]));
  } finally {
    db.close();
  }
}

/** Every stored scan's content, unsealed: each workstation seals with file keys of its own. */
function blobFiles(dataDir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const root = join(dataDir, 'blobs');
  for (const a of readdirSync(root).filter((name) => /^[0-9a-f]{2}$/.test(name))) {
    for (const b of readdirSync(join(root, a))) for (const file of readdirSync(join(root, a, b))) found.set(file, blobContent(dataDir, join(root, a, b, file)));
  }
  return found;
}

/**
 * A set-up workstation with `applications` citizens in the send queue, two scans each, and a
 * backup folder on the share; nothing backed up yet.
 */
async function workstationWithQueue(applications: number) {
  const desk = withCore('backups-source', { resourcesDir });
  const backupFolder = join(desk.dir, 'share');
  mkdirSync(backupFolder);
  await desk.api.call('settings.finishSetup', { language: 'kk', centreId: 'AST-07', centreName: 'Шаңырақ ХҚКО', deskId: '4' });
  for (let n = 0; n < applications; n += 1) await queueWithLargeScans(desk.api, n);
  await desk.api.call('settings.update', { backupFolder });
  return { ...desk, backupFolder };
}

const queueWithLargeScans = async (api: ApiClient, n: number) =>
  queuedApplication(api, n, { identity: await uniquePdf(`identity ${n}`, 40_000), signed: await uniquePdf(`signed ${n}`, 30_000) });

describe('backup and restore onto a new workstation', () => {
  it('makes a snapshot with the database and every scan, then copies only new scans the next time', async () => {
    const { api, backupFolder } = await workstationWithQueue(3);
    const first = await api.call('backups.run', {});
    expect(first).toMatchObject({ centreId: 'AST-07', deskId: '4', blobs: 6 });
    expect(first.id).toMatch(/^AST-07-4\/snapshots\/\d{8}T\d{9}Z$/);
    const state = await api.call('backups.state', {});
    expect(state).toMatchObject({ folder: backupFolder, lastAt: first.takenAt, lastError: null, running: false });
    await queueWithLargeScans(api, 3);
    const second = await api.call('backups.run', {});
    expect(second.blobs).toBe(8);
    expect(readdirSync(join(backupFolder, 'Qabyldau/AST-07-4/snapshots'))).toHaveLength(2);
  });

  it('leaves no thread behind: a workstation has as many threads after each backup as after the first', async () => {
    const { api } = await workstationWithQueue(1);
    // Linux lists a process's threads here; each backup's store seals with threads of its own.
    const threads = () => readdirSync('/proc/self/task').length;
    await api.call('backups.run', {});
    const afterFirst = threads();
    for (let n = 1; n <= 3; n += 1) {
      await queueWithLargeScans(api, n);
      expect((await api.call('backups.run', {})).blobs).toBe(2 * (n + 1));
      expect(threads()).toBe(afterFirst);
    }
  });

  it('restores onto an empty workstation: every row and every scan as they were', async () => {
    const { core, api, dir, dataDir: source, backupFolder } = await workstationWithQueue(3);
    const { id: snapshotId } = await api.call('backups.run', {});
    // What the supervisor wrote down at setup, kept apart from the workstation.
    const { recoveryKey } = await api.call('security.recoveryKey', {});
    await core.close();
    // A new workstation has no staff yet: the wizard's restore needs no sign-in, and afterwards
    // the restored accounts are the ones to sign in with.
    const fresh = withCore('backups-target', { dataDir: join(dir, 'target'), resourcesDir, signedIn: false });
    const target = fresh.dataDir;
    const client = fresh.api;
    const { snapshots } = await client.call('backups.list', { folder: backupFolder });
    expect(snapshots.map((snapshot) => snapshot.id)).toEqual([snapshotId]);
    // The snapshot is sealed with the old workstation's key: only its recovery key opens it.
    await expect(client.call('backups.restore', { folder: backupFolder, snapshotId })).rejects.toMatchObject({ code: 'backup.recovery_key_needed' });
    await expect(client.call('backups.restore', { folder: backupFolder, snapshotId, recoveryKey: 'AB12-'.repeat(15) + 'AB12' })).rejects.toMatchObject({ code: 'backup.recovery_key_wrong' });
    await client.call('backups.restore', { folder: backupFolder, snapshotId, recoveryKey: recoveryKey.toLowerCase().replaceAll('-', ' ') });
    await expect(client.call('settings.update', { idleLockMinutes: 5 })).rejects.toMatchObject({ code: 'session.required' });
    await signInAsSupervisor(fresh.core);
    expect((await client.call('settings.get', {})).settings).toMatchObject({ centreId: 'AST-07', deskId: '4', centreName: 'Шаңырақ ХҚКО' });
    expect(await client.call('audit.verify', {})).toMatchObject({ intact: true });
    await fresh.core.close();
    const before = everyRow(source);
    const after = everyRow(target);
    // What happened after the snapshot differs, and only that: the source recorded the backup it
    // made, the restored workstation its restore; the chain's head and the backup time moved.
    expect((before.audit_log!.pop() as { action: string }).action).toBe('recovery_key.viewed');
    expect((before.audit_log!.pop() as { action: string }).action).toBe('backup.made');
    expect((after.audit_log!.pop() as { action: string }).action).toBe('signin.succeeded');
    expect((after.audit_log!.pop() as { action: string }).action).toBe('backup.restored');
    const withoutHead = (rows: unknown[]) => rows.filter((row) => !['audit.head', 'backup.lastAt'].includes((row as { key: string }).key));
    expect(withoutHead(after.settings!)).toEqual(withoutHead(before.settings!));
    delete after.settings;
    delete before.settings;
    expect(after).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(10);

    const sourceBlobs = blobFiles(source);
    const restoredBlobs = blobFiles(target);
    expect([...restoredBlobs.keys()].sort()).toEqual([...sourceBlobs.keys()].sort());
    for (const [name, bytes] of sourceBlobs) expect(restoredBlobs.get(name)!.equals(bytes), name).toBe(true);
  });

  it('refuses a backup whose database copy no longer matches its checksum, and changes nothing', async () => {
    const source = withCore('backups-source', { resourcesDir });
    const backupFolder = join(source.dir, 'share');
    mkdirSync(backupFolder);
    await source.api.call('settings.update', { backupFolder });
    await source.api.call('visits.logWalkIn', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5c', citizenName: 'Көшірмедегі Азамат' });
    const { id: snapshotId } = await source.api.call('backups.run', {});
    const copy = join(backupFolder, 'Qabyldau', snapshotId, 'qabyldau.sqlite');
    const damaged = readFileSync(copy);
    damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0xff;
    writeFileSync(copy, damaged);
    const { api } = withCore('backups-other', { resourcesDir });
    const visit = await api.call('visits.logWalkIn', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', citizenName: 'Бар Азамат' });
    await expect(api.call('backups.restore', { folder: backupFolder, snapshotId })).rejects.toMatchObject({ code: 'backup.damaged' });
    expect((await api.call('visits.get', { id: visit.id })).visit.citizenName).toBe('Бар Азамат');
  });

  it('refuses a snapshot id that would step outside the backup folder', async () => {
    const { core, dir, ready } = withCore('backups-other', { resourcesDir });
    await ready;
    const failure = await core.dispatch('backups.restore', { folder: join(dir, 'share'), snapshotId: '../../etc/snapshots/20261125T110000000Z' });
    expect(failure).toMatchObject({ ok: false, error: { code: 'contract.invalid_input' } });
  });
});

describe('the backup schedule', () => {
  it('backs up when due, records a failure with its code for the Settings page, and recovers', async () => {
    let clock = new Date(2026, 10, 25, 9, 0);
    const { core, api, dir } = withCore('backups-scheduled', { resourcesDir, backupTiming: { checkEveryMs: 20 }, now: () => clock });
    const backupFolder = join(dir, 'scheduled');
    mkdirSync(backupFolder);
    const until = async (check: () => Promise<boolean>) => {
      for (let tries = 0; tries < 250 && !(await check()); tries += 1) await new Promise((wait) => setTimeout(wait, 20));
    };
    await api.call('settings.update', { backupFolder, backupEveryHours: 6 });
    await until(async () => (await api.call('backups.state', {})).lastAt !== null);
    expect((await api.call('backups.state', {})).lastAt).toBe(clock.toISOString());
    // Not due again within six hours.
    clock = new Date(2026, 10, 25, 14, 59);
    // Hours passed with nobody at the desk: it locked itself, and the supervisor signs in again.
    await expect(api.call('backups.state', {})).rejects.toMatchObject({ code: 'session.locked' });
    await signInAsSupervisor(core);
    await new Promise((wait) => setTimeout(wait, 200));
    expect(readdirSync(join(backupFolder, 'Qabyldau/unset-1/snapshots'))).toHaveLength(1);
    // Due, but the share is gone: the error is kept, nothing is created in its place.
    rmSync(backupFolder, { recursive: true });
    clock = new Date(2026, 10, 25, 15, 0);
    await until(async () => (await api.call('backups.state', {})).lastError !== null);
    expect(await api.call('backups.state', {})).toMatchObject({ lastError: 'backup.folder_unavailable', lastAt: new Date(2026, 10, 25, 9, 0).toISOString() });
    expect(existsSync(backupFolder)).toBe(false);
    mkdirSync(backupFolder);
    await until(async () => (await api.call('backups.state', {})).lastError === null);
    expect((await api.call('backups.state', {})).lastAt).toBe(clock.toISOString());
    const { entries } = await api.call('audit.list', { limit: 10 });
    expect(entries.map((entry) => entry.action).filter((action) => action.startsWith('backup.'))).toEqual(['backup.made', 'backup.failed', 'backup.made']);
    await core.close();
  });
});

describe('backup while another process writes', () => {
  it('restores to a consistent database holding a prefix of what the writer saved', async () => {
    const { core, api, dir, dataDir: source } = withCore('backups-busy', { resourcesDir });
    const backupFolder = join(dir, 'busy-share');
    mkdirSync(backupFolder, { recursive: true });
    await api.call('settings.update', { backupFolder });
    const writer = spawn(process.execPath, [await bundledFixture('walk-in-writer.ts'), source], { stdio: ['ignore', 'pipe', 'inherit'] });
    const saved: string[] = [];
    createInterface({ input: writer.stdout! }).on('line', (line) => saved.push(line));
    const savedAtLeast = (count: number) =>
      new Promise<void>((resolveWait) => {
        const timer = setInterval(() => {
          if (saved.length >= count) {
            clearInterval(timer);
            resolveWait();
          }
        }, 5);
      });
    await savedAtLeast(300);
    const before = saved.length;
    const snapshot = await api.call('backups.run', {});
    const after = saved.length;
    await savedAtLeast(after + 100);
    writer.kill('SIGKILL');
    await new Promise((resolveExit) => writer.once('exit', resolveExit));
    // The writer kept saving while the backup ran: the backup never blocked it.
    expect(after).toBeGreaterThan(before);
    const { recoveryKey } = await api.call('security.recoveryKey', {});
    await core.close();

    const { core: fresh, api: client, dataDir: target } = withCore('backups-busy', { dataDir: join(dir, 'busy-restored'), resourcesDir, signedIn: false });
    await client.call('backups.restore', { folder: backupFolder, snapshotId: snapshot.id, recoveryKey });
    await fresh.close();

    const db = openWorkstationDb(join(target, 'qabyldau.sqlite'), target, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const ids = db.prepare<[], string>('SELECT id FROM visits ORDER BY seq').pluck().all();
    // Every walk-in the writer had been told was saved before the backup began is in it; none is half there.
    expect(ids.length).toBeGreaterThanOrEqual(before);
    expect(ids.length).toBeLessThanOrEqual(saved.length);
    expect(ids).toEqual(saved.slice(0, ids.length));
    expect(db.prepare('SELECT count(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM visit_events e WHERE e.visit_id = v.id)').pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM visit_search WHERE visit_search MATCH '"сынақ"*'`).pluck().get()).toBe(ids.length);
    db.close();
  }, 60_000);
});

describe('a damaged database', () => {
  it('is found at start, never written, and a supervisor restores the latest backup from the app', async () => {
    const first = withCore('backups-damaged', { resourcesDir });
    const { dir, dataDir } = first;
    let { core, api } = first;
    const backupFolder = join(dir, 'damaged-share');
    mkdirSync(backupFolder, { recursive: true });
    await api.call('settings.update', { backupFolder });
    for (let n = 0; n < 50; n += 1) await api.call('visits.logWalkIn', { id: `019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f${String(n).padStart(4, '0')}`, citizenName: `Азамат ${n}` });
    const snapshot = await api.call('backups.run', {});
    await core.close();

    // A disk fault: a run of pages in the middle of the file overwritten.
    const file = join(dataDir, 'qabyldau.sqlite');
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const damagedBytes = readFileSync(file);

    ({ core, api } = withCore('backups-damaged', { dataDir, resourcesDir }));
    expect(databaseHealth(core)).toBe('damaged');
    expect(await api.call('health.get', {})).toMatchObject({ database: 'damaged' });
    await expect(api.call('visits.logWalkIn', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f9999', citizenName: 'Жаңа Азамат' })).rejects.toMatchObject({ code: 'storage.damaged' });
    await expect(api.call('visits.listForDay', { day: '2026-11-25' })).rejects.toMatchObject({ code: 'storage.damaged' });
    expect(readFileSync(file).equals(damagedBytes)).toBe(true);

    const { snapshots } = await api.call('backups.list', { folder: backupFolder });
    expect(snapshots[0]!.id).toBe(snapshot.id);
    await api.call('backups.restore', { folder: backupFolder, snapshotId: snapshot.id });
    expect(databaseHealth(core)).toBe('ok');
    await signInAsSupervisor(core);
    expect(await api.call('health.get', {})).toMatchObject({ database: 'ok', backupFolder });
    const { rows } = await api.call('reports.register', { from: '2000-01-01', to: '2000-01-01' });
    expect(rows).toEqual([]);
    expect((await api.call('search.visits', { text: 'Азамат' })).visits).toHaveLength(50);
    await api.call('visits.logWalkIn', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f9999', citizenName: 'Жаңа Азамат' });
    // The damaged file is kept for support, not deleted.
    const aside = readdirSync(join(dataDir, 'replaced'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'replaced', aside[0]!, 'qabyldau.sqlite')).equals(damagedBytes)).toBe(true);
    expect(existsSync(join(dataDir, 'qabyldau.sqlite.restoring'))).toBe(false);
    await core.close();
  });
});
