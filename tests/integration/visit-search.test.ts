import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VisitStatus } from '../../shared/domain/visit-workflow';
import { openDatabase, type Db } from '../../electron/core/storage/database';
import { createVisitSearchRepository, type VisitSearch } from '../../electron/core/storage/visit-search-repository';
import { tempDirForTest } from '../support/temp-dir';

type StoredVisit = {
  seq: number;
  id: string;
  day: string;
  createdAt: string;
  name: string;
  status: VisitStatus;
  serviceCode: string | null;
  bookingCode: string | null;
  application?: { fullName: string; serviceCode: string | null };
};

/** A desk's database at the latest schema, filled the way the app fills it: rows first, the index by its triggers. */
function storeOf(visits: Omit<StoredVisit, 'seq' | 'id'>[]): { db: Db; stored: StoredVisit[] } {
  const db = openDatabase(join(tempDirForTest('search'), 'qabyldau.sqlite'));
  const visit = db.prepare(
    `INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status, booking_code, service_code)
     VALUES (?, ?, ?, ?, '3', 'booked', ?, NULL, ?, ?, ?)`,
  );
  const application = db.prepare(
    `INSERT INTO applications (id, visit_id, state, service_code, full_name, data, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?, '{"fields":{}}', ?, ?)`,
  );
  const stored = db.transaction(() =>
    visits.map((row, n) => {
      const id = `019ab5a1-2c3d-7e4f-8a9b-${String(n).padStart(12, '0')}`;
      const seq = Number(visit.run(id, row.createdAt, row.createdAt, row.day, row.name, row.status, row.bookingCode, row.serviceCode).lastInsertRowid);
      if (row.application) application.run(`019ab5a1-2c3d-7e4f-8a9c-${String(n).padStart(12, '0')}`, id, row.application.serviceCode, row.application.fullName, row.createdAt, row.createdAt);
      return { ...row, seq, id };
    }),
  )();
  return { db, stored };
}

const words = (text: string) => text.toLocaleLowerCase('kk').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** What the search must answer, worked out the slow way: every match, sorted newest first. */
function expected(stored: StoredVisit[], { text = '', from, to, serviceCode, status }: VisitSearch, limit: number): string[] {
  const wanted = words(text);
  return stored
    .filter((visit) => {
      const names = words(`${visit.name} ${visit.application?.fullName ?? ''}`);
      const named = wanted.every((word) => names.some((name) => name.startsWith(word)));
      return (named || visit.bookingCode === text.trim().toUpperCase()) && (!from || visit.day >= from) && (!to || visit.day <= to) &&
        (!serviceCode || (visit.application?.serviceCode ?? visit.serviceCode) === serviceCode) && (!status || visit.status === status);
    })
    .sort((a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt) || b.seq - a.seq)
    .slice(0, limit)
    .map((visit) => visit.id);
}

const walkIn = (name: string, day = '2026-11-24', createdAt = `${day}T05:00:00.000Z`): Omit<StoredVisit, 'seq' | 'id'> => ({
  day, createdAt, name, status: 'arrived', serviceCode: null, bookingCode: null,
});

/** A seeded generator, so a failure names a case that can be run again. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { below: (n: number) => Math.floor(next() * n), pick: <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const surnames = ['Ахметов', 'Сәрсенбаева', 'Сәрсенов', 'Нұрғалиев', 'Құдайбергенова', 'Өтепов', 'Ұлықбеков', 'Һарунов', 'Ғабитова', 'Әбілқайыров', 'Шәкәрім'];
const givenNames = ['Әлия', 'Әлихан', 'Ғалымжан', 'Қайрат', 'Нұрлан', 'Ұлан', 'Үміт', 'Ірина', 'Айгүл', 'Серік', 'Ерлан'];
const patronymics = ['Серікұлы', 'Серікқызы', 'Нұрланұлы', 'Қайратқызы', 'Ерланқызы'];
const statuses: VisitStatus[] = ['booked', 'arrived', 'in_service', 'accepted'];
const services = ['age-pension', 'targeted-social-assistance', 'maternity-income-loss'];

describe('search by name', () => {
  it('finds visits whose names start with every word typed, in any order and any case, Kazakh letters included', () => {
    const { db } = storeOf([
      walkIn('Сәрсенбаева Әлия Серікқызы'),
      walkIn('Әлиев Сәрсен'),
      walkIn('Ғабитов Ірина'),
      walkIn('ҚАЙРАТОВ Нұрлан'),
      walkIn('Үмітова Һадиша'),
      walkIn('Құдайберген-Ұлы Өмірзақ'),
    ]);
    const names = (text: string) => createVisitSearchRepository(db).search({ text }, 200).map((visit) => visit.citizenName).sort();

    expect(names('әли сәр')).toEqual(['Сәрсенбаева Әлия Серікқызы', 'Әлиев Сәрсен']);
    expect(names('СӘР ӘЛИЯ')).toEqual(['Сәрсенбаева Әлия Серікқызы']);
    expect(names('серік')).toEqual(['Сәрсенбаева Әлия Серікқызы']);
    expect(names('ірина ғаб')).toEqual(['Ғабитов Ірина']);
    expect(names('қайрат')).toEqual(['ҚАЙРАТОВ Нұрлан']);
    expect(names('һад үмі')).toEqual(['Үмітова Һадиша']);
    expect(names('ұлы өмір')).toEqual(['Құдайберген-Ұлы Өмірзақ']);
    // Only the start of a word: «лан» is inside «Нұрлан».
    expect(names('лан')).toEqual([]);
    expect(names('сәр ерлан')).toEqual([]);
  });

  it('finds the few visits of a rare second word among many of a common first one, newest first', () => {
    const common = Array.from({ length: 900 }, (_, n) => walkIn(`Ахметов ${['Әлия', 'Қайрат', 'Нұрлан', 'Серік'][n % 4]}`, `2026-11-${String(1 + (n % 28)).padStart(2, '0')}`));
    const rare = [walkIn('Ахметова Ғалымжан', '2026-10-02'), walkIn('Ахметов Ғалымжан', '2026-10-05'), walkIn('Ғалымжан Ахметұлы', '2026-09-30')];
    const { db, stored } = storeOf([...common.slice(0, 300), rare[0]!, ...common.slice(300), rare[1]!, rare[2]!]);

    const found = createVisitSearchRepository(db).search({ text: 'ахм ғал' }, 200);

    expect(found.map((visit) => [visit.day, visit.citizenName])).toEqual([
      ['2026-10-05', 'Ахметов Ғалымжан'],
      ['2026-10-02', 'Ахметова Ғалымжан'],
      ['2026-09-30', 'Ғалымжан Ахметұлы'],
    ]);
    expect(found.map((visit) => visit.id)).toEqual(expected(stored, { text: 'ахм ғал' }, 200));
  });

  it('answers at most the limit, the newest by day then by the time logged, however many match and in whatever order they were stored', () => {
    const random = randomFrom(12);
    // Bookings for later days are stored before walk-ins of earlier ones, and a day's times are not in the order stored.
    const days = ['2026-12-03', '2026-12-01', '2026-11-28', '2026-12-02', '2026-11-30', '2026-11-29'];
    const rows = Array.from({ length: 700 }, (_, n) => {
      const day = days[Math.floor(n / 120) % days.length]!;
      const time = `${String(8 + random.below(10)).padStart(2, '0')}:${String(random.below(3) * 20).padStart(2, '0')}`;
      return walkIn(`${random.pick(['Омаров', 'Омарова'])} ${random.pick(givenNames)}`, day, `${day}T${time}:00.000Z`);
    });
    const { db, stored } = storeOf(rows);
    const search = createVisitSearchRepository(db);

    for (const limit of [1, 7, 119, 120, 121, 200, 250, 700, 701]) {
      for (const text of ['ом', 'омарова', 'омар айг']) {
        expect(search.search({ text }, limit).map((visit) => visit.id), `${text}, ${limit}`).toEqual(expected(stored, { text }, limit));
      }
    }
    expect(search.search({ text: 'омар' }, 200)).toHaveLength(200);
  });

  it('applies the dates, the service and the status to names, and still finds a visit by its booking code', () => {
    const random = randomFrom(7);
    const rows = Array.from({ length: 1200 }, (_, n) => {
      const day = `2026-${random.pick(['10', '11', '12'])}-${String(1 + random.below(28)).padStart(2, '0')}`;
      const name = `${random.pick(surnames)} ${random.pick(givenNames)}`;
      const applied = random.below(3) > 0;
      return {
        day,
        createdAt: `${day}T${String(6 + random.below(12)).padStart(2, '0')}:${String(random.below(60)).padStart(2, '0')}:00.000Z`,
        name,
        status: random.pick(statuses),
        serviceCode: random.below(2) ? random.pick(services) : null,
        bookingCode: n % 50 === 0 ? `QB-${100000 + n}` : null,
        ...(applied ? { application: { fullName: `${name} ${random.pick(patronymics)}`, serviceCode: random.below(4) ? random.pick(services) : null } } : {}),
      };
    });
    const { db, stored } = storeOf(rows);
    const search = createVisitSearchRepository(db);
    const texts = [...surnames, ...givenNames, ...patronymics].flatMap((word) => [word.slice(0, 1), word.slice(0, 3).toUpperCase(), word]);

    for (let round = 0; round < 300; round++) {
      const criteria: VisitSearch = {
        text: random.below(3) ? `${random.pick(texts)} ${random.pick(texts)}` : random.pick(texts),
        ...(random.below(3) === 0 ? { from: `2026-11-${String(1 + random.below(28)).padStart(2, '0')}` } : {}),
        ...(random.below(3) === 0 ? { to: `2026-11-${String(1 + random.below(28)).padStart(2, '0')}` } : {}),
        ...(random.below(4) === 0 ? { serviceCode: random.pick(services) } : {}),
        ...(random.below(4) === 0 ? { status: random.pick(statuses) } : {}),
      };
      const limit = random.pick([1, 5, 40, 200]);
      expect(search.search(criteria, limit).map((visit) => visit.id), JSON.stringify({ criteria, limit })).toEqual(expected(stored, criteria, limit));
    }
    expect(search.search({ text: 'qb-100050' }, 200).map((visit) => visit.id)).toEqual([stored[50]!.id]);
  });
});
