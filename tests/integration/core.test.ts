import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { openSignedInCore } from '../support/core-client';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { tempDir } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

const morning = new Date(2026, 10, 25, 9, 15);

describe('core', () => {
  it('logs a walk-in, lists it for its day only, and keeps it across a restart', async () => {
    const dataDir = tempDir('core');
    const id = uuidv7();
    const core = await openSignedInCore({ dataDir, now: () => morning });
    const logged = await core.dispatch('visits.logWalkIn', { id, citizenName: '  Айгүл Нұрланқызы ', iin: '881224400009' });
    expect(logged).toEqual({
      ok: true,
      value: {
        id,
        createdAt: morning.toISOString(),
        updatedAt: morning.toISOString(),
        day: '2026-11-25',
        desk: '1',
        kind: 'walk-in',
        citizenName: 'Айгүл Нұрланқызы',
        iin: '881224400009',
        status: 'arrived',
        bookingCode: null,
        slot: null,
        serviceCode: null,
      },
    });
    expect(await core.dispatch('visits.listForDay', { day: '2026-11-24' })).toEqual({ ok: true, value: { visits: [] } });
    await core.close();

    const reopened = await openSignedInCore({ dataDir });
    const listed = await reopened.dispatch('visits.listForDay', { day: '2026-11-25' });
    expect(listed.ok && listed.value).toEqual({ visits: [logged.ok && logged.value] });
    await reopened.close();
  });

  it('answers a retried save with the stored visit and refuses a different one under the same id', async () => {
    const core = await openSignedInCore({ dataDir: tempDir('retry'), now: () => morning });
    const id = uuidv7();
    const first = await core.dispatch('visits.logWalkIn', { id, citizenName: 'Бауыржан' });
    const retry = await core.dispatch('visits.logWalkIn', { id, citizenName: 'Бауыржан' });
    expect(retry).toEqual(first);
    expect(await core.dispatch('visits.logWalkIn', { id, citizenName: 'Басқа адам' })).toEqual({
      ok: false,
      error: { code: 'visit.duplicate_id' },
    });
    const listed = await core.dispatch('visits.listForDay', { day: '2026-11-25' });
    expect(listed.ok && (listed.value as { visits: unknown[] }).visits).toHaveLength(1);
    await core.close();
  });

  it('lists a day in the order the visits were logged', async () => {
    let clock = morning.getTime();
    const core = await openSignedInCore({ dataDir: tempDir('order'), now: () => new Date((clock += 60_000)) });
    const names = ['Әсел', 'Ғалым', 'Қайрат', 'Ұлан'];
    for (const name of names) await core.dispatch('visits.logWalkIn', { id: uuidv7(), citizenName: name });
    const listed = await core.dispatch('visits.listForDay', { day: '2026-11-25' });
    expect(listed.ok && (listed.value as { visits: { citizenName: string }[] }).visits.map((v) => v.citizenName)).toEqual(names);
    await core.close();
  });

  it('remembers the interface language', async () => {
    const dataDir = tempDir('prefs');
    const core = await openSignedInCore({ dataDir });
    expect(await core.dispatch('preferences.get', {})).toEqual({ ok: true, value: { language: null } });
    await core.dispatch('preferences.setLanguage', { language: 'ru' });
    await core.close();
    const reopened = await openSignedInCore({ dataDir });
    expect(await reopened.dispatch('preferences.get', {})).toEqual({ ok: true, value: { language: 'ru' } });
    await reopened.close();
  });

  it('reports a locked database as storage.unavailable, loses nothing, and saves on retry', async () => {
    const dataDir = tempDir('locked');
    const core = await openSignedInCore({ dataDir, now: () => morning });
    const kept = { id: uuidv7(), citizenName: 'Дана' };
    await core.dispatch('visits.logWalkIn', kept);
    // Another process holding the write lock past the busy timeout, as a stuck backup tool might.
    const other = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir);
    other.exec('BEGIN EXCLUSIVE');
    const blocked = { id: uuidv7(), citizenName: 'Ерболат' };
    expect(await core.dispatch('visits.logWalkIn', blocked)).toEqual({ ok: false, error: { code: 'storage.unavailable' } });
    other.exec('ROLLBACK');
    other.close();
    expect((await core.dispatch('visits.logWalkIn', blocked)).ok).toBe(true);
    const listed = await core.dispatch('visits.listForDay', { day: '2026-11-25' });
    expect(listed.ok && (listed.value as { visits: { id: string }[] }).visits.map((v) => v.id)).toEqual([kept.id, blocked.id]);
    await core.close();
  });
});
