import { describe, expect, it } from 'vitest';
import { isLate } from '../../shared/domain/booking';
import { repeatedIins } from '../../shared/domain/visit';

describe('visit flags', () => {
  const now = { day: '2026-11-25', time: '10:30' };

  it('calls a booked citizen late once their slot has passed, and nobody else', () => {
    expect(isLate({ status: 'booked', day: '2026-11-25', slot: '10:00' }, now)).toBe(true);
    expect(isLate({ status: 'booked', day: '2026-11-25', slot: '10:30' }, now)).toBe(false);
    expect(isLate({ status: 'booked', day: '2026-11-25', slot: '11:00' }, now)).toBe(false);
    expect(isLate({ status: 'booked', day: '2026-11-24', slot: '16:00' }, now)).toBe(true);
    expect(isLate({ status: 'arrived', day: '2026-11-25', slot: '09:00' }, now)).toBe(false);
    expect(isLate({ status: 'booked', day: '2026-11-25', slot: null }, now)).toBe(false);
  });

  it('flags an IIN that two visits of the day carry, ignoring cancelled ones and visits without one', () => {
    const visits = [
      { iin: '900101300017', status: 'booked' as const },
      { iin: '900101300017', status: 'arrived' as const },
      { iin: '881224400009', status: 'arrived' as const },
      { iin: '881224400009', status: 'cancelled' as const },
      { iin: null, status: 'arrived' as const },
      { iin: null, status: 'arrived' as const },
    ];
    expect([...repeatedIins(visits)]).toEqual(['900101300017']);
  });
});
