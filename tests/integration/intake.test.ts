import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { bookingsWithThreeBadRows, sampleBookings, seedDayOfBookings, toCsv } from '../support/bookings-file';
import { steppingClock, withCore } from '../support/core-fixture';

const day = '2026-11-25';
const desk = () => withCore('intake', { now: steppingClock(new Date(2026, 10, 25, 8, 0)) });

describe('bookings import', () => {
  it('stores the good rows of a 50-row file and reports the 3 bad ones by line and field', async () => {
    const { api } = desk();
    const { csv, badLines } = bookingsWithThreeBadRows(day);
    const report = await api.call('bookings.import', { format: 'csv', content: csv });
    expect(report.added).toBe(47);
    expect(report.rejected.map((r) => r.row)).toEqual(badLines);
    expect(report.rejected.map((r) => r.issues)).toEqual([
      [{ path: ['iin'], message: 'validation.iin_checksum' }],
      [{ path: ['time'], message: 'validation.slot' }],
      [{ path: ['service'], message: 'validation.service_unknown', params: { code: 'space-tourism' } }],
    ]);
    const { visits } = await api.call('visits.listForDay', { day });
    expect(visits).toHaveLength(47);
    expect(visits.every((v) => v.kind === 'booked' && v.status === 'booked')).toBe(true);
    expect(visits.map((v) => v.slot)).toEqual([...visits.map((v) => v.slot)].sort());
  });

  it('is safe to import again: bookings are updated while nobody arrived, never duplicated', async () => {
    const { api } = desk();
    expect((await seedDayOfBookings(api, day)).added).toBe(47);
    const rows = sampleBookings(day, 3).map((row, i) => (i === 0 ? { ...row, time: '08:05' } : row));
    const json = JSON.stringify(rows);
    const report = await api.call('bookings.import', { format: 'json', content: json });
    expect(report).toEqual({ added: 0, updated: 1, unchanged: 2, rejected: [] });
    expect((await api.call('visits.listForDay', { day })).visits).toHaveLength(47);
  });

  it('refuses an unreadable file as a whole, and duplicate codes within one file row by row', async () => {
    const { api } = desk();
    await expect(api.call('bookings.import', { format: 'csv', content: 'name;iin\nx;y' })).rejects.toMatchObject({
      code: 'bookings.unreadable_file',
    });
    await expect(api.call('bookings.import', { format: 'json', content: '{"oops":' })).rejects.toMatchObject({
      code: 'bookings.unreadable_file',
    });
    const row = { ...sampleBookings('2026-11-26', 1)[0]!, code: 'QB-900000' };
    const report = await api.call('bookings.import', { format: 'csv', content: toCsv([row, row]) });
    expect(report.added).toBe(1);
    expect(report.rejected).toEqual([{ row: 3, issues: [{ path: ['code'], message: 'validation.duplicate_in_file' }] }]);
  });
});

describe('check-in', () => {
  it('finds a booking by IIN prefix, booking code, or a lowercase fragment of a Kazakh name', async () => {
    const { api } = desk();
    await seedDayOfBookings(api, day);
    const [first] = sampleBookings(day, 1);
    const byIin = await api.call('visits.findForCheckIn', { day, query: first!.iin.slice(0, 7) });
    expect(byIin.visits.map((v) => v.iin)).toContain(first!.iin);
    const byCode = await api.call('visits.findForCheckIn', { day, query: first!.code.toLowerCase() });
    expect(byCode.visits.map((v) => v.bookingCode)).toEqual([first!.code]);
    const byName = await api.call('visits.findForCheckIn', { day, query: 'сәрсен' });
    expect(byName.visits.length).toBeGreaterThan(0);
    expect(byName.visits.every((v) => v.citizenName.startsWith('Сәрсенбаев'))).toBe(true);
    // Upper-case Kazakh letters fold like Russian ones: ӘБІЛҚАЙЫРОВ finds Әбілқайыров.
    expect((await api.call('visits.findForCheckIn', { day, query: 'ӘБІЛҚАЙ' })).visits.length).toBeGreaterThan(0);
    expect((await api.call('visits.findForCheckIn', { day: '2026-11-24', query: 'сәрсен' })).visits).toEqual([]);
  });

  it('checks a booked citizen in once, records who and when, and refuses illegal moves', async () => {
    const { api } = desk();
    await seedDayOfBookings(api, day);
    const [first] = (await api.call('visits.findForCheckIn', { day, query: 'QB-100001' })).visits;
    const arrived = await api.call('visits.checkIn', { id: first!.id });
    expect(arrived.status).toBe('arrived');
    // A repeated check-in (a double key press, a retry) changes nothing.
    expect((await api.call('visits.checkIn', { id: first!.id })).status).toBe('arrived');
    await expect(api.call('visits.transition', { id: first!.id, to: 'signed' })).rejects.toMatchObject({ code: 'visit.transition_refused' });
    await expect(api.call('visits.transition', { id: first!.id, to: 'no_show' })).rejects.toMatchObject({ code: 'visit.transition_refused' });
    const { events } = await api.call('visits.get', { id: first!.id });
    expect(events.map((e) => [e.from, e.to, e.actor])).toEqual([
      [null, 'booked', 'supervisor'],
      ['booked', 'arrived', 'supervisor'],
    ]);
    await expect(api.call('visits.checkIn', { id: uuidv7() })).rejects.toMatchObject({ code: 'visit.not_found' });
  });

  it('turns the bookings nobody came for into no-shows when the day is closed', async () => {
    const { api } = desk();
    await seedDayOfBookings(api, day);
    // One of the 47 came: closing the day leaves that visit as it is.
    const [came] = (await api.call('visits.findForCheckIn', { day, query: 'QB-100001' })).visits;
    await api.call('visits.checkIn', { id: came!.id });
    const { noShows } = await api.call('visits.closeDay', { day });
    expect(noShows).toBe(46);
    const { visits } = await api.call('visits.listForDay', { day });
    expect(visits.filter((v) => v.status === 'no_show')).toHaveLength(46);
    expect(visits.filter((v) => v.status === 'arrived').map((v) => v.id)).toEqual([came!.id]);
    const noShow = visits.find((v) => v.status === 'no_show')!;
    expect((await api.call('visits.get', { id: noShow.id })).events.at(-1)).toMatchObject({ to: 'no_show', cause: 'day_closed', reason: null });
  });
});
