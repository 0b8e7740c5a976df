import { describe, expect, it } from 'vitest';
import { dayFigures, defaultCallingRule, expectedWait, summarize, type PublicTicket, type TicketTiming } from '../../shared/hub';

describe('summarize', () => {
  it('says nothing of no durations rather than a zero', () => {
    expect(summarize([])).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
  });

  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(summarize([300, 60, 120])).toMatchObject({ count: 3, medianSeconds: 120 });
    expect(summarize([60, 120, 300, 600])).toMatchObject({ count: 4, medianSeconds: 210 });
  });

  it('gives the nearest-rank 90th percentile: the duration nine in ten did not exceed', () => {
    const tenths = Array.from({ length: 10 }, (_, i) => (i + 1) * 60);
    expect(summarize(tenths).p90Seconds).toBe(540);
    expect(summarize([...tenths, 6000]).p90Seconds).toBe(600);
    expect(summarize([42]).p90Seconds).toBe(42);
  });

  it('reads a duration a clock step made negative as none', () => {
    expect(summarize([-5, 10, 20])).toEqual({ count: 3, medianSeconds: 10, p90Seconds: 20 });
  });
});

const timing = (fields: Partial<TicketTiming>): TicketTiming => ({ groupId: 'general', status: 'waiting', firstWindowId: null, waitSeconds: null, finishWindowId: null, serviceSeconds: null, ...fields });

describe('dayFigures', () => {
  const groups = [
    { id: 'general', name: { kk: 'Жалпы', ru: 'Общие' } },
    { id: 'pensions', name: { kk: 'Зейнетақы', ru: 'Пенсии' } },
  ];
  const windows = [
    { id: 'w1', label: 'Терезе 1' },
    { id: 'w2', label: 'Терезе 2' },
  ];
  const tickets = [
    timing({ status: 'finished', firstWindowId: 'w1', waitSeconds: 600, finishWindowId: 'w1', serviceSeconds: 300 }),
    timing({ status: 'finished', firstWindowId: 'w1', waitSeconds: 120, finishWindowId: 'w2', serviceSeconds: 900 }),
    timing({ groupId: 'pensions', status: 'called', firstWindowId: 'w2', waitSeconds: 60 }),
    timing({ groupId: 'pensions', status: 'set_aside', firstWindowId: 'w2', waitSeconds: 30 }),
    timing({}),
    timing({ groupId: 'pensions' }),
  ];
  const figures = dayFigures({
    day: '2026-11-26',
    at: '2026-11-26T10:00:00.000Z',
    groups,
    windows,
    tickets,
    // One ticket set aside at two windows (brought back in between), another once.
    setAside: [
      { ticketId: 'a', groupId: 'pensions', windowId: 'w2' },
      { ticketId: 'a', groupId: 'pensions', windowId: 'w1' },
      { ticketId: 'b', groupId: 'general', windowId: 'w1' },
    ],
    noShows: 4,
  });

  it('counts the centre: issued, waiting and called now, finished, set aside once each', () => {
    expect(figures.centre).toMatchObject({ issued: 6, waitingNow: 2, calledNow: 1, finished: 2, setAside: 2, setAsideNow: 1, noShows: 4 });
    expect(figures.centre.waiting).toEqual({ count: 4, medianSeconds: 90, p90Seconds: 600 });
    expect(figures.centre.service).toEqual({ count: 2, medianSeconds: 600, p90Seconds: 900 });
  });

  it('counts each service group apart', () => {
    expect(figures.groups.map((g) => [g.groupId, g.issued, g.waitingNow, g.setAside, g.setAsideNow, g.waiting.medianSeconds, g.service.medianSeconds])).toEqual([
      ['general', 3, 1, 1, 0, 360, 600],
      ['pensions', 3, 1, 1, 1, 45, null],
    ]);
  });

  it('gives a window the waits of the tickets it called first and the service of those it finished', () => {
    const [w1, w2] = figures.windows;
    expect(w1).toMatchObject({ windowId: 'w1', called: 2, finished: 1, setAside: 2, waiting: { count: 2, medianSeconds: 360 }, service: { count: 1, medianSeconds: 300 } });
    expect(w2).toMatchObject({ windowId: 'w2', called: 2, finished: 1, setAside: 1, waiting: { count: 2, medianSeconds: 45 }, service: { count: 1, medianSeconds: 900 } });
  });
});

let order = 0;
const ticket = (fields: Partial<PublicTicket>): PublicTicket => ({
  id: `00000000-0000-4000-8000-${String(++order).padStart(12, '0')}`,
  day: '2026-11-26',
  number: `А-${String(order).padStart(3, '0')}`,
  prefix: 'А',
  groupId: 'general',
  kind: 'walk_in',
  service: 'x1',
  priority: null,
  slot: null,
  status: 'waiting',
  windowId: null,
  transferWindow: null,
  callCount: 0,
  order,
  issuedAt: '2026-11-26T04:00:00.000Z',
  calledAt: null,
  finishedAt: null,
  ...fields,
});
const served = (minutes: number) => ticket({ status: 'finished', calledAt: '2026-11-26T04:00:00.000Z', finishedAt: new Date(Date.parse('2026-11-26T04:00:00.000Z') + minutes * 60_000).toISOString() });

describe('expectedWait', () => {
  const twoWindows = [
    { id: 'w1', groups: ['general'] },
    { id: 'w2', groups: ['general', 'pensions'] },
  ];
  const day = (tickets: PublicTicket[], windows = twoWindows) => ({ centre: { rule: defaultCallingRule }, windows, tickets });

  it('is the tickets ahead times the median service time, shared among the windows serving the group, rounded up', () => {
    const done = [served(4), served(6), served(20)];
    const ahead = [ticket({}), ticket({}), ticket({})];
    const mine = ticket({});
    expect(expectedWait(day([...done, ...ahead, mine]), mine.id, '10:00')).toEqual({ ahead: 3, windows: 2, medianServiceSeconds: 360, minutes: 9, basis: 'estimate' });
  });

  it('counts ahead by the calling rule: priority and due bookings before a walk-in, not later walk-ins or other groups', () => {
    const before = [ticket({ priority: 'disability' }), ticket({ kind: 'booked', slot: '09:00' })];
    const mine = ticket({});
    const notAhead = [ticket({}), ticket({ groupId: 'pensions' }), ticket({ status: 'called', windowId: 'w1' }), ticket({ transferWindow: 'w9' })];
    expect(expectedWait(day([served(5), ...before, mine, ...notAhead]), mine.id, '10:00')).toMatchObject({ ahead: 2, minutes: 5 });
  });

  it('makes no estimate when nobody of the group has been served today, and says why', () => {
    const first = ticket({});
    const mine = ticket({});
    expect(expectedWait(day([first, mine]), mine.id, '10:00')).toMatchObject({ ahead: 1, minutes: null, basis: 'no_service_yet' });
    const lonely = ticket({ groupId: 'passports' });
    expect(expectedWait(day([served(5), ticket({ groupId: 'passports' }), lonely]), lonely.id, '10:00')).toMatchObject({ windows: 0, minutes: null, basis: 'no_window' });
  });

  it('is nothing with nobody ahead, and the time to the slot for an early booking', () => {
    const mine = ticket({});
    expect(expectedWait(day([mine]), mine.id, '10:00')).toMatchObject({ ahead: 0, minutes: 0, basis: 'nobody_ahead' });
    const early = ticket({ kind: 'booked', slot: '10:40' });
    expect(expectedWait(day([early]), early.id, '10:00')).toMatchObject({ minutes: 40 });
    expect(expectedWait({ ...day([early]), centre: { rule: { ...defaultCallingRule, earlyMinutes: 15 } } }, early.id, '10:00')).toMatchObject({ minutes: 25 });
  });

  it('knows no wait for a ticket no longer waiting', () => {
    const gone = served(3);
    expect(expectedWait(day([gone]), gone.id, '10:00')).toBeNull();
  });
});
