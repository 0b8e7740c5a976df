import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/storage/database';
import { createVisitRepository } from '../../../electron/core/storage/visit-repository';
import { createVisitSearchRepository } from '../../../electron/core/storage/visit-search-repository';
import { applyMigration, databaseAtVersion } from '../../support/database-at-version';

const id = (n: number) => `019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4c${String(n).padStart(2, '0')}`;

function insertVisit(db: Db, n: number, day: string, createdAt: string, name: string): void {
  db.prepare(
    `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status) VALUES (?, ?, ?, ?, '3', 'walk-in', ?, NULL, 'in_service')`,
  ).run(id(n), createdAt, createdAt, day, name);
}

function insertApplication(db: Db, n: number, fullName: string): void {
  db.prepare(
    `INSERT INTO applications (id, visit_id, state, full_name, data, created_at, updated_at) VALUES (?, ?, 'draft', ?, '{"fields":{}}', '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z')`,
  ).run(id(50 + n), id(n), fullName);
}

const names = (db: Db, text: string) => createVisitSearchRepository(db).search({ text }, 200).map((visit) => visit.citizenName);

describe('migration 12, name search by day', () => {
  it('indexes every visit the previous release held, with its application’s names, so a search finds them newest first', () => {
    const db = databaseAtVersion(11);
    // Stored out of order: the oldest day last, and on one day a visit logged earlier stored later.
    insertVisit(db, 1, '2026-11-24', '2026-11-24T05:00:00.000Z', 'Сәрсенбаева Әлия');
    insertVisit(db, 2, '2026-11-25', '2026-11-25T09:00:00.000Z', 'Сәрсенбаев Нұрлан');
    insertVisit(db, 3, '2026-11-25', '2026-11-25T06:00:00.000Z', 'СӘРСЕНОВА ДАНА');
    insertVisit(db, 4, '2026-11-20', '2026-11-20T05:00:00.000Z', 'Өтепов Ұлан');
    insertApplication(db, 4, 'Өтепов Ұлан Серікұлы');
    const before = db.prepare('SELECT count(*) FROM visits').pluck().get();

    applyMigration(db, 12);

    expect(names(db, 'сәрсен')).toEqual(['Сәрсенбаев Нұрлан', 'СӘРСЕНОВА ДАНА', 'Сәрсенбаева Әлия']);
    expect(names(db, 'ӘЛИЯ сәр')).toEqual(['Сәрсенбаева Әлия']);
    // The patronymic is only in the application.
    expect(names(db, 'серікұ')).toEqual(['Өтепов Ұлан']);
    expect(db.prepare(`SELECT count(*) FROM visit_search WHERE visit_search MATCH '"с"* OR "ө"*'`).pluck().get()).toBe(before);
    // Each visit under its day, then its seq.
    expect(db.prepare(`SELECT rowid FROM visit_search ORDER BY rowid`).pluck().safeIntegers().all()).toEqual([
      202611200000000004n, 202611240000000001n, 202611250000000002n, 202611250000000003n,
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps the index up to date as visits are added, moved, renamed and cleared, and applications named', () => {
    const db = databaseAtVersion(11);
    insertVisit(db, 1, '2026-11-24', '2026-11-24T05:00:00.000Z', 'Нұрғалиева Айгүл');
    applyMigration(db, 12);
    const visits = createVisitRepository(db);

    insertVisit(db, 2, '2026-11-26', '2026-11-24T05:10:00.000Z', 'Жұмабаев Ерлан');
    expect(names(db, 'жұма ерл')).toEqual(['Жұмабаев Ерлан']);

    // A booking moved to another day and renamed is found on its new day, by its new name only.
    visits.updateBooking(id(2), { day: '2026-11-27', slot: '10:00', citizenName: 'Жұмабаева Жанар', iin: null, serviceCode: null }, '2026-11-24T06:00:00.000Z');
    expect(names(db, 'жұма')).toEqual(['Жұмабаева Жанар']);
    expect(names(db, 'ерлан')).toEqual([]);
    expect(visits.findForCheckIn('2026-11-27', 'жанар', 10).map((visit) => visit.id)).toEqual([id(2)]);
    expect(visits.findForCheckIn('2026-11-26', 'жанар', 10)).toEqual([]);

    insertApplication(db, 1, 'Нұрғалиева Айгүл Бекқызы');
    expect(names(db, 'бекқ')).toEqual(['Нұрғалиева Айгүл']);
    db.prepare(`UPDATE applications SET full_name = 'Нұрғалиева Айгүл Асқарқызы' WHERE visit_id = ?`).run(id(1));
    expect(names(db, 'бекқ')).toEqual([]);
    expect(names(db, 'асқар нұр')).toEqual(['Нұрғалиева Айгүл']);

    // Retention clears both names: nothing of them is found any more.
    db.prepare(`UPDATE applications SET full_name = '' WHERE visit_id = ?`).run(id(1));
    db.prepare(`UPDATE visits SET citizen_name = '' WHERE id = ?`).run(id(1));
    expect(names(db, 'нұр')).toEqual([]);
    expect(names(db, 'айгүл')).toEqual([]);

    db.prepare('DELETE FROM visits WHERE id = ?').run(id(2));
    expect(names(db, 'жұма')).toEqual([]);
    expect(db.prepare(`SELECT count(*) FROM visit_search WHERE visit_search MATCH '"ж"*'`).pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
