import { describe, expect, it } from 'vitest';
import { bookingOfTicket } from '../../electron/core/hub-desk/hub-booking';
import { centralShown } from '../../electron/core/hub-desk/hub-central';
import { centralReason, HubFailure, refusal } from '../../electron/core/hub-link/hub-failure';
import { bookingsOfPage } from '../../electron/hub/central';
import { hubErrorCodes } from '../../shared/hub';
import { sampleIin } from '../support/bookings-file';

const row = (date: string, code: string) => ({ date, time: '10:00', iin: sampleIin(7), name: 'Сәрсенбаев Әлия', service: 'basic-pension', code });

describe('the bookings the hub keeps of a feed page', () => {
  it('keeps the valid bookings of today and later, and skips past days, bad rows and every other kind of change', () => {
    const changes = [
      { seq: 1, kind: 'booking' as const, booking: row('2026-12-02', 'QB-000001') },
      { seq: 2, kind: 'booking' as const, booking: row('2026-12-01', 'QB-000002') },
      { seq: 3, kind: 'booking' as const, booking: row('2026-12-05', 'QB-000003') },
      { seq: 4, kind: 'booking' as const, booking: { ...row('2026-12-02', 'QB-000004'), iin: '123' } },
      { seq: 5, kind: 'catalogue' as const, catalogue: {} },
      { seq: 6, kind: 'staff' as const, staff: {} },
    ];
    expect(bookingsOfPage(changes, '2026-12-02').map((booking) => booking.code)).toEqual(['QB-000001', 'QB-000003']);
    expect(bookingsOfPage([], '2026-12-02')).toEqual([]);
  });
});

describe('a hub ticket as the desk’s booking', () => {
  const ticket = { kind: 'booked' as const, day: '2026-12-02', slot: '10:00', iin: sampleIin(7), citizenName: 'Сәрсенбаев Әлия', service: 'basic-pension', bookingCode: 'QB-000001' };
  it('is the booking the feed would have given', () => {
    expect(bookingOfTicket(ticket)).toEqual(row('2026-12-02', 'QB-000001'));
  });
  it('is nothing for a walk-in or a ticket read without its citizen', () => {
    expect(bookingOfTicket({ ...ticket, kind: 'walk_in' })).toBeNull();
    expect(bookingOfTicket({ ...ticket, iin: null, citizenName: null })).toBeNull();
    expect(bookingOfTicket({ ...ticket, bookingCode: null })).toBeNull();
  });
});

describe('the hub’s central link on the desk', () => {
  it('tells a known sync code as it is and an unknown one as a plain refusal', () => {
    expect(centralReason('sync.enrolment_used')).toBe('sync.enrolment_used');
    expect(centralReason('sync.something_newer')).toBe('sync.server_refused');
    expect(centralShown({ state: 'offline', server: 'https://c', centreId: 'AST-01', lastPullAt: null, failure: 'sync.server_busy', nextAttemptAt: null, bookingsToday: 3 })).toEqual({
      state: 'offline',
      lastPullAt: null,
      failure: 'sync.server_busy',
      bookingsToday: 3,
    });
    expect(centralShown(null)).toBeNull();
  });
  it('maps every hub refusal to a contract error, the central refusal with its reason', () => {
    for (const code of hubErrorCodes) expect(refusal(code)).toBeInstanceOf(HubFailure);
    expect(refusal('hub.central_refused', undefined, 'sync.enrolment_expired')).toMatchObject({ code: 'hub.central_refused', reason: 'sync.enrolment_expired' });
    expect(refusal('hub.central_not_linked')).toMatchObject({ code: 'hub.central_not_linked' });
  });
});
