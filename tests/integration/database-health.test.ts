import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Core, CoreOptions } from '../../electron/core/core';
import { DATABASE_FILE, openDatabase } from '../../electron/core/storage/database';
import { migrations } from '../../electron/core/storage/migrations';
import type { ApiClient } from '../../shared/contract/client';
import { sampleIin } from '../support/bookings-file';
import { openCoreClient, signInAsSupervisor } from '../support/core-client';
import { databaseHealth } from '../support/core-internals';
import { tempDirForTest } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

const PAGE = 4096;
// Long enough that no full check runs on its own while a test looks.
const noCheckSoon = { afterStartMs: 3_600_000, lookEveryMs: 3_600_000 };
const walkIn = () => ({ id: uuidv7(), citizenName: 'Жаңа Азамат' });

/** A set-up desk holding `visits` visits (written raw, as the benchmarks do), closed cleanly. */
async function deskWithVisits(dataDir: string, visits: number, options: Partial<CoreOptions> = {}): Promise<string> {
  const { core, api } = openCoreClient({ dataDir, integrityTiming: noCheckSoon, ...options });
  await api.call('settings.finishSetup', { language: 'kk', centreId: 'AST-07', centreName: 'Шаңырақ ХҚКО', deskId: '4' });
  await core.close();
  const file = join(dataDir, DATABASE_FILE);
  const db = openWorkstationDb(file, dataDir);
  addVisits(db, visits);
  db.close();
  return file;
}

function addVisits(db: Database.Database, count: number): void {
  const insert = db.prepare(
    `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status) VALUES (?, ?, ?, ?, '4', 'walk-in', ?, ?, 'accepted')`,
  );
  db.transaction(() => {
    for (let n = 0; n < count; n += 1) {
      const day = new Date(Date.UTC(2025, 0, 1) + (n % 300) * 86_400_000).toISOString().slice(0, 10);
      insert.run(uuidv7(), `${day}T05:00:00.000Z`, `${day}T05:00:00.000Z`, day, `Сынақ Азамат ${n}`, sampleIin(n));
    }
  })();
}

/** Overwrites a leaf page of the visits' primary-key index, one from the middle: no table read at start touches it. */
function damageAnIndexPage(file: string, dataDir: string): void {
  const db = openWorkstationDb(file, dataDir, { readonly: true });
  const leaves = db
    .prepare<[], number>(`SELECT pageno FROM dbstat WHERE name = 'sqlite_autoindex_visits_1' AND pagetype = 'leaf' ORDER BY path`)
    .pluck()
    .all();
  db.close();
  expect(leaves.length).toBeGreaterThan(4);
  const fd = openSync(file, 'r+');
  writeSync(fd, randomBytes(PAGE), 0, PAGE, (leaves[Math.floor(leaves.length / 2)]! - 1) * PAGE);
  closeSync(fd);
}

function logOf(dataDir: string): string {
  return readFileSync(join(dataDir, 'logs', 'qabyldau.log'), 'utf8');
}

/** What a desk found damaged answers: the restore page's health, and no write. */
async function expectRefusing(core: Core, api: ApiClient): Promise<void> {
  expect(databaseHealth(core)).toBe('damaged');
  expect(await api.call('health.get', {})).toMatchObject({ database: 'damaged' });
  await expect(api.call('visits.logWalkIn', walkIn())).rejects.toMatchObject({ code: 'storage.damaged' });
  await expect(api.call('visits.listForDay', { day: '2025-01-01' })).rejects.toMatchObject({ code: 'storage.damaged' });
}

describe('the check at start', () => {
  it.each([
    ['cut to half its pages', (bytes: number) => Math.floor(bytes / PAGE / 2) * PAGE],
    ['cut inside a page', (bytes: number) => bytes - PAGE - 1000],
    ['short of its last page', (bytes: number) => bytes - PAGE],
  ])('refuses a truncated file (%s) at once, before any full check could run, and leaves it as it is', async (_, cut) => {
    const dataDir = tempDirForTest('start-truncated');
    const file = await deskWithVisits(dataDir, 3000);
    truncateSync(file, cut(statSync(file).size));
    const truncated = readFileSync(file);

    const { core, api } = openCoreClient({ dataDir, integrityTiming: noCheckSoon });
    // Synchronously after opening: the full check runs only in a worker, and none was started.
    expect(databaseHealth(core)).toBe('damaged');
    await expectRefusing(core, api);
    await core.close();
    expect(logOf(dataDir)).toMatch(/database\.damaged detail=\S+ found=at_start/);
    expect(logOf(dataDir)).not.toContain('database.checked');
    expect(readFileSync(file).equals(truncated)).toBe(true);
  });

  it.each([
    ['random bytes', (file: string) => writeFileSync(file, randomBytes(64 * PAGE))],
    [
      'another application’s SQLite file',
      (file: string) => {
        const other = new Database(file);
        other.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello'); PRAGMA user_version = 3;`);
        other.close();
      },
    ],
    ['a Qabyldau database sealed with another key', (file: string) => openDatabase(file, migrations, randomBytes(32)).close()],
  ])('refuses a foreign file (%s) at once and leaves it as it is', async (_, write) => {
    const dataDir = tempDirForTest('start-foreign');
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, DATABASE_FILE);
    write(file);
    const foreign = readFileSync(file);

    const { core, api } = openCoreClient({ dataDir, integrityTiming: noCheckSoon });
    expect(databaseHealth(core)).toBe('damaged');
    await expectRefusing(core, api);
    await core.close();
    expect(logOf(dataDir)).toMatch(/database\.damaged detail=(SQLITE_NOTADB|schema\.foreign) found=at_start/);
    // Another application's plain file is not taken for a previous release's and encrypted.
    expect(readFileSync(file).equals(foreign)).toBe(true);
  });

  /** The files a power cut leaves: the database and its WAL copied while a writer that never checkpoints holds them. */
  function crashCopy(dataDir: string, copy: string, write: (db: Database.Database) => void): void {
    const writer = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir);
    writer.pragma('wal_autocheckpoint = 0');
    write(writer);
    mkdirSync(copy);
    for (const name of ['store.key', DATABASE_FILE, `${DATABASE_FILE}-wal`]) copyFileSync(join(dataDir, name), join(copy, name));
    writer.close();
  }

  it('opens a database whose newest pages are only in its WAL after a crash', async () => {
    const dataDir = tempDirForTest('start-wal');
    const file = await deskWithVisits(dataDir, 1000);
    const pagesBefore = statSync(file).size / PAGE;
    const crashed = join(dataDir, 'crashed');
    crashCopy(dataDir, crashed, (writer) => addVisits(writer, 3000));
    // The database grew in the WAL alone: its file still has the pages it had.
    expect(statSync(join(crashed, DATABASE_FILE)).size / PAGE).toBe(pagesBefore);

    const { core, api, ready } = openCoreClient({ dataDir: crashed, integrityTiming: noCheckSoon });
    expect(databaseHealth(core)).toBe('ok');
    await ready;
    // Every visit is there, the 3,000 the WAL alone held included.
    expect((await api.call('visits.listForDay', { day: '2025-01-01' })).visits).toHaveLength(14);
    await core.close();
  });

  it('refuses a file cut short when its WAL does not hold the pages cut, which SQLite alone would open', async () => {
    const dataDir = tempDirForTest('start-wal-cut');
    await deskWithVisits(dataDir, 3000);
    const cut = join(dataDir, 'cut');
    crashCopy(dataDir, cut, (writer) => writer.prepare(`UPDATE settings SET value = 'Шаңырақ' WHERE key = 'workstation.centreName'`).run());
    const file = join(cut, DATABASE_FILE);
    truncateSync(file, statSync(file).size - 4 * PAGE);
    // The database's size now comes from the WAL's last commit: SQLite's own header check passes.
    const raw = openWorkstationDb(file, cut, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBeGreaterThan(0);
    raw.close();

    const { core, api } = openCoreClient({ dataDir: cut, integrityTiming: noCheckSoon });
    expect(databaseHealth(core)).toBe('damaged');
    await expectRefusing(core, api);
    await core.close();
    expect(logOf(cut)).toContain('database.damaged detail=file.truncated found=at_start');
  });
});

describe('the full check in the background', () => {
  it('runs soon after start, then once a day, and writes nothing into the database', async () => {
    const dataDir = tempDirForTest('check-schedule');
    let clock = new Date('2026-12-01T05:00:00Z');
    const file = await deskWithVisits(dataDir, 100);
    const { core, ready } = openCoreClient({ dataDir, now: () => clock, integrityTiming: { afterStartMs: 0, lookEveryMs: 20, everyHours: 24 } });
    await ready;
    const checks = () => logOf(dataDir).match(/database\.checked ms=\d+/g)?.length ?? 0;
    // The audit chain's head moves with the desk's own audit rows (the clock's jump locks the desk).
    const settings = () => {
      const db = openWorkstationDb(file, dataDir, { readonly: true });
      try {
        return db.prepare(`SELECT key, value FROM settings WHERE key <> 'audit.head' ORDER BY key`).all();
      } finally {
        db.close();
      }
    };
    await expect.poll(checks, { timeout: 10_000, interval: 20 }).toBe(1);
    const before = settings();
    clock = new Date('2026-12-02T04:59:00Z');
    await new Promise((wait) => setTimeout(wait, 300));
    expect(checks()).toBe(1);
    clock = new Date('2026-12-02T05:00:00Z');
    await expect.poll(checks, { timeout: 10_000, interval: 20 }).toBe(2);
    // A write from the watch would wait on the desk's thread for another writer's lock.
    expect(settings()).toEqual(before);
    expect(databaseHealth(core)).toBe('ok');
    await core.close();
  });

  it('finds an index page damaged inside a database that opened, closes it without writing it, and a restore brings the desk back', async () => {
    const dataDir = tempDirForTest('check-damaged');
    const backupFolder = join(dataDir, 'share');
    mkdirSync(backupFolder);
    let clock = new Date('2026-12-01T05:00:00Z');
    const file = await deskWithVisits(dataDir, 3000, { now: () => clock });
    const { core, api } = openCoreClient({ dataDir, now: () => clock, integrityTiming: { afterStartMs: 0, lookEveryMs: 20, everyHours: 24 } });
    const heard: string[] = [];
    core.events.subscribe((event) => heard.push(event.event));
    await api.call('settings.update', { backupFolder });
    const snapshot = await api.call('backups.run', {});
    await expect.poll(() => logOf(dataDir), { timeout: 10_000, interval: 20 }).toMatch(/database\.checked ms=\d+/);
    // A walk-in after the good check stays in the WAL; then a disk fault while the desk works.
    const logged = await api.call('visits.logWalkIn', walkIn());
    damageAnIndexPage(file, dataDir);
    const damaged = readFileSync(file);

    // The day's check falls due while the desk works, and finds it.
    expect(databaseHealth(core)).toBe('ok');
    clock = new Date('2026-12-02T06:00:00Z');
    await expect.poll(() => databaseHealth(core), { timeout: 10_000, interval: 20 }).toBe('damaged');
    expect(heard).toContain('health.changed');
    await expectRefusing(core, api);
    expect(logOf(dataDir)).toMatch(/database\.damaged detail=.+ found=while_open/);
    // What was written before the check ended stays in the WAL: closing did not write it into the damaged file.
    expect(readFileSync(file).equals(damaged)).toBe(true);

    await api.call('backups.restore', { folder: backupFolder, snapshotId: snapshot.id });
    expect(databaseHealth(core)).toBe('ok');
    await signInAsSupervisor(core);
    expect((await api.call('visits.listForDay', { day: '2025-01-01' })).visits).toHaveLength(10);
    await api.call('visits.logWalkIn', walkIn());
    await core.close();
    const aside = join(dataDir, 'replaced', readdirSync(join(dataDir, 'replaced'))[0]!);
    expect(readFileSync(join(aside, DATABASE_FILE)).equals(damaged)).toBe(true);
    // The walk-in logged before the damage was found is kept for support, in the WAL set aside with the file.
    expect(existsSync(join(aside, `${DATABASE_FILE}-wal`))).toBe(true);
    const kept = openWorkstationDb(join(aside, DATABASE_FILE), dataDir, { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM visits NOT INDEXED WHERE id = ?').pluck().get(logged.id)).toBe(1);
    kept.close();
  });

  it('runs before a backup: a damaged database is not snapshotted, and the desk goes to the restore page', async () => {
    const dataDir = tempDirForTest('check-backup');
    const backupFolder = join(dataDir, 'share');
    mkdirSync(backupFolder);
    const file = await deskWithVisits(dataDir, 3000);
    let opened = openCoreClient({ dataDir, integrityTiming: noCheckSoon });
    await opened.api.call('settings.update', { backupFolder });
    await opened.api.call('backups.run', {});
    await opened.core.close();
    damageAnIndexPage(file, dataDir);
    const damaged = readFileSync(file);
    const snapshots = join(backupFolder, 'Qabyldau', 'AST-07-4', 'snapshots');
    const before = readdirSync(snapshots);

    opened = openCoreClient({ dataDir, integrityTiming: noCheckSoon });
    const { core, api } = opened;
    expect(databaseHealth(core)).toBe('ok');
    await expect(api.call('backups.run', {})).rejects.toMatchObject({ code: 'storage.damaged' });
    await expectRefusing(core, api);
    await core.close();
    // No snapshot made, none half-made, and no failure written into the damaged database.
    expect(readdirSync(snapshots)).toEqual(before);
    expect(readFileSync(file).equals(damaged)).toBe(true);
    expect(logOf(dataDir)).toMatch(/database\.damaged detail=.+ found=while_open/);
  });
});
