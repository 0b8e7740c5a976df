import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToHub, HubFailure } from '../../electron/core/hub-link';
import type { Hub } from '../../electron/hub/hub';
import type { BookingRow } from '../../shared/domain/booking';
import { sampleIin } from '../support/bookings-file';
import { act, adminPairing, callNext, pairedDesk, setUpCentre, testHub, walkIn } from '../support/hub';
import { tempDirForTest } from '../support/temp-dir';

const DAY = '2026-11-26';
const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

const booking = (n: number, time: string): BookingRow => ({ date: DAY, time, iin: sampleIin(n), name: `Азамат ${n}`, service: 'age-pension', code: `BK-${2000 + n}` });

/** A hub whose clock the test moves minute by minute, two windows, a reception and a display. */
async function centre(label: string) {
  const clock = { now: new Date(`${DAY}T09:00:00`) };
  const hub: Hub = await testHub(tempDirForTest(label), () => clock.now);
  open.push(hub);
  const admin = connectToHub(adminPairing(hub));
  open.push(admin);
  await setUpCentre(admin, 2);
  const desk = await pairedDesk(hub, 'Терезе 1');
  const display = await pairedDesk(hub, 'Зал', 'display');
  open.push(desk, display);
  const at = (hhmm: string) => {
    clock.now = new Date(`${DAY}T${hhmm}:00`);
  };
  return { hub, desk, display, at };
}

describe("the centre's day in figures", () => {
  it('measures waits to the first call and service from call to finish, per group and per window', async () => {
    const { desk, at } = await centre('hub-figures-times');
    // Two pension tickets (group «pensions») and one general, checked in at 09:00.
    const pension1 = await walkIn(desk, 'age-pension');
    const pension2 = await walkIn(desk, 'age-pension');
    const general = await walkIn(desk, 'disability-benefit');

    at('09:04');
    expect((await callNext(desk, 'w1')).ticket?.id).toBe(pension1.id);
    at('09:06');
    // Called again a minute later: the wait still ends at the first call.
    await act(desk, 'callAgain', 'w1', pension1.id);
    at('09:14');
    await act(desk, 'finish', 'w1', pension1.id);

    at('09:10');
    expect((await callNext(desk, 'w2')).ticket?.id).toBe(pension2.id);
    at('09:30');
    await act(desk, 'finish', 'w2', pension2.id);

    at('09:31');
    expect((await callNext(desk, 'w2')).ticket?.id).toBe(general.id);
    await walkIn(desk, 'age-pension');

    const figures = await desk.call('figures');
    expect(figures.day).toBe(DAY);
    expect(figures.centre).toMatchObject({ issued: 4, waitingNow: 1, calledNow: 1, finished: 2, setAside: 0, setAsideNow: 0, noShows: 0 });
    // Waits 4, 10 and 31 minutes; services 10 (from the call at 09:04) and 20 minutes.
    expect(figures.centre.waiting).toEqual({ count: 3, medianSeconds: 600, p90Seconds: 1860 });
    expect(figures.centre.service).toEqual({ count: 2, medianSeconds: 900, p90Seconds: 1200 });
    const pensions = figures.groups.find((group) => group.groupId === 'pensions')!;
    expect(pensions).toMatchObject({ issued: 3, waitingNow: 1, name: { kk: 'Зейнетақылар', ru: 'Пенсии' } });
    expect(pensions.waiting).toEqual({ count: 2, medianSeconds: 420, p90Seconds: 600 });
    const [w1, w2] = figures.windows;
    expect(w1).toMatchObject({ windowId: 'w1', label: 'Терезе 1', called: 1, finished: 1, waiting: { medianSeconds: 240 }, service: { medianSeconds: 600 } });
    expect(w2).toMatchObject({ windowId: 'w2', called: 2, finished: 1, waiting: { count: 2, medianSeconds: 1230 }, service: { medianSeconds: 1200 } });
  });

  it('counts a ticket set aside twice once, and a booking nobody checked in once its slot has passed', async () => {
    const { desk, display, at } = await centre('hub-figures-aside');
    await desk.call('putBookings', { requestId: randomUUID(), bookings: [booking(1, '09:30'), booking(2, '10:30'), booking(3, '09:00')] });
    await desk.call('issueTicket', { requestId: randomUUID(), kind: 'booked', bookingCode: 'BK-2003', booking: null, priority: null, operator: 'reception' });
    const absent = await walkIn(desk);
    const setAsideOnce = async (windowId: string) => {
      await callNext(desk, windowId);
      for (let call = 1; call < 3; call++) await act(desk, 'callAgain', windowId, absent.id);
      return act(desk, 'notHere', windowId, absent.id);
    };
    at('09:40');
    // The booked citizen is called first and served; then the absent walk-in, set aside at w1,
    // brought back by reception, set aside again at w2.
    const booked = (await callNext(desk, 'w1')).ticket!;
    await act(desk, 'finish', 'w1', booked.id);
    expect((await setAsideOnce('w1')).status).toBe('set_aside');
    await desk.call('restore', { requestId: randomUUID(), ticketId: absent.id, operator: 'reception' });
    expect((await setAsideOnce('w2')).status).toBe('set_aside');

    const figures = await desk.call('figures');
    // 09:30 passed without its citizen; 10:30 is still to come; 09:00 was checked in.
    expect(figures.centre).toMatchObject({ issued: 2, finished: 1, setAside: 1, setAsideNow: 1, noShows: 1, waitingNow: 0 });
    expect(figures.windows.map((window) => [window.windowId, window.setAside])).toEqual([
      ['w1', 1],
      ['w2', 1],
    ]);
    at('11:00');
    expect((await desk.call('figures')).centre.noShows).toBe(2);

    // The hall display follows the queue but has no business reading the centre's figures.
    await expect(display.call('figures')).rejects.toSatisfy((error) => error instanceof HubFailure && error.code === 'hub.forbidden');
  });

  it('answers an empty day with no durations rather than zeros', async () => {
    const { desk } = await centre('hub-figures-empty');
    const figures = await desk.call('figures');
    expect(figures.centre).toMatchObject({ issued: 0, waiting: { count: 0, medianSeconds: null, p90Seconds: null }, service: { count: 0, medianSeconds: null } });
    expect(figures.groups.map((group) => group.groupId)).toEqual(['pensions', 'general']);
    expect(figures.windows).toHaveLength(2);
  });
});

