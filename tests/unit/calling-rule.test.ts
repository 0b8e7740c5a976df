import { describe, expect, it } from 'vitest';
import { classAt, defaultCallingRule, pickNext, type Candidate, type CallingRule } from '../../shared/hub';

let order = 0;
const ticket = (fields: Partial<Candidate>): Candidate => ({
  id: `t${++order}`,
  groupId: 'general',
  kind: 'walk_in',
  priority: null,
  slot: null,
  status: 'waiting',
  transferWindow: null,
  order,
  ...fields,
});
const window = { id: 'w1', groups: ['general'] };

describe('the calling rule', () => {
  it('takes a transferred ticket, then priority, then booked by slot, then walk-ins by issue order', () => {
    const walkIn = ticket({});
    const laterWalkIn = ticket({});
    const bookedLate = ticket({ kind: 'booked', slot: '10:30' });
    const bookedEarly = ticket({ kind: 'booked', slot: '09:00' });
    const priority = ticket({ priority: 'disability' });
    const transferred = ticket({ transferWindow: 'w1', groupId: 'other' });
    const queue = [walkIn, laterWalkIn, bookedLate, bookedEarly, priority, transferred];
    const calls: string[] = [];
    for (let rest = queue; ; ) {
      const next = pickNext(rest, window, defaultCallingRule, '11:00');
      if (next === null) break;
      calls.push(next.id);
      rest = rest.filter((candidate) => candidate !== next);
    }
    expect(calls).toEqual([transferred, priority, bookedEarly, bookedLate, walkIn, laterWalkIn].map((t) => t.id));
  });

  it("follows the centre's own order of classes", () => {
    const rule: CallingRule = { ...defaultCallingRule, order: ['booked', 'walk_in', 'priority', 'transferred'] };
    const priority = ticket({ priority: 'veteran' });
    const walkIn = ticket({});
    const booked = ticket({ kind: 'booked', slot: '09:00' });
    expect(pickNext([priority, walkIn, booked], window, rule, '09:00')?.id).toBe(booked.id);
    expect(pickNext([priority, walkIn], window, rule, '09:00')?.id).toBe(walkIn.id);
  });

  it('lets an early arrival wait for the slot, and a priority category not wait', () => {
    const early = ticket({ kind: 'booked', slot: '10:30' });
    expect(classAt(early, window, defaultCallingRule, '10:29')).toBeNull();
    expect(classAt(early, window, defaultCallingRule, '10:30')).toBe('booked');
    expect(classAt(early, window, { ...defaultCallingRule, earlyMinutes: 30 }, '10:00')).toBe('booked');
    expect(classAt({ ...early, priority: 'disability' }, window, defaultCallingRule, '08:00')).toBe('priority');
  });

  it("never gives a window another group's ticket, another window's transfer, or one not waiting", () => {
    expect(classAt(ticket({ groupId: 'pensions' }), window, defaultCallingRule, '10:00')).toBeNull();
    expect(classAt(ticket({ transferWindow: 'w2' }), window, defaultCallingRule, '10:00')).toBeNull();
    expect(classAt(ticket({ status: 'called' }), window, defaultCallingRule, '10:00')).toBeNull();
    expect(classAt(ticket({ status: 'set_aside' }), window, defaultCallingRule, '10:00')).toBeNull();
    expect(pickNext([], window, defaultCallingRule, '10:00')).toBeNull();
  });
});
