import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToHub, type HubConnection } from '../../electron/core/hub-link';
import type { Hub } from '../../electron/hub/hub';
import type { BookingRow } from '../../shared/domain/booking';
import { hubEvents, type DeskTicket } from '../../shared/hub';
import { sampleIin } from '../support/bookings-file';
import { act, adminPairing, callNext, centre, pairedDesk, setUpCentre, testHub, walkIn } from '../support/hub';
import { tempDirForTest } from '../support/temp-dir';

const DAY = '2026-11-26';
const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

/** A hub whose clock the test moves, a supervisor's line, and `desks` paired desks, one per window. */
async function centreAt(label: string, time: string, desks: number) {
  const clock = { now: new Date(`${DAY}T${time}:00`) };
  const hub: Hub = await testHub(tempDirForTest(label), () => clock.now);
  open.push(hub);
  const admin = connectToHub(adminPairing(hub));
  open.push(admin);
  await setUpCentre(admin, desks);
  const windows: HubConnection[] = [];
  for (let n = 1; n <= desks; n++) {
    const desk = await pairedDesk(hub, `Терезе ${n}`);
    open.push(desk);
    windows.push(desk);
  }
  return { hub, admin, windows, clock };
}

const booking = (n: number, time: string, service = 'disability-benefit'): BookingRow => ({ date: DAY, time, iin: sampleIin(n), name: `Азамат ${n}`, service, code: `BK-${1000 + n}` });
const checkIn = (desk: HubConnection, row: BookingRow, priority: string | null = null) =>
  desk.call('issueTicket', { requestId: randomUUID(), kind: 'booked', bookingCode: row.code, booking: row, priority, operator: 'reception' });

/** The tickets of `ticket.called` events in the order the hub committed them. */
function callOrder(hub: Hub): { ticketId: string; windowId: string; again: boolean }[] {
  return hub.day.stores.events
    .after(0, 100_000)
    .filter((event) => event.type === 'ticket.called')
    .map((event) => hubEvents['ticket.called'].parse(JSON.parse(event.payload)));
}

describe('calling tickets at the windows', () => {
  it('gives no ticket twice when five windows press "call next" at once, and calls in the order of the rule', async () => {
    const { hub, windows } = await centreAt('hub-concurrent', '12:00', 5);
    const reception = windows[0]!;
    const expected: string[] = [];
    const early: string[] = [];
    for (let round = 0; round < 4; round++) {
      // Issued in a mixed order: walk-ins, priority walk-ins, bookings whose slot has come (given
      // out of slot order), and bookings of the afternoon that arrived early.
      const walkIns: DeskTicket[] = [];
      const priorities: DeskTicket[] = [];
      const booked: { slot: string; ticket: DeskTicket }[] = [];
      for (let n = 0; n < 30; n++) {
        const k = round * 100 + n;
        if (n % 5 === 0) priorities.push(await walkIn(reception, 'age-pension', 'disability'));
        else if (n % 3 === 0) {
          const slot = `${String(9 + ((n * 7) % 3)).padStart(2, '0')}:${String((n * 13) % 60).padStart(2, '0')}`;
          booked.push({ slot, ticket: await checkIn(reception, booking(k, slot, n % 2 ? 'age-pension' : 'disability-benefit')) });
        } else if (n % 7 === 1) early.push((await checkIn(reception, booking(k, '15:30'))).id);
        else walkIns.push(await walkIn(reception, n % 2 ? 'age-pension' : 'disability-benefit'));
      }
      booked.sort((a, b) => (a.slot === b.slot ? a.ticket.order - b.ticket.order : a.slot < b.slot ? -1 : 1));
      expected.push(...priorities.map((t) => t.id), ...booked.map((b) => b.ticket.id), ...walkIns.map((t) => t.id));

      // Each window calls and finishes until nothing is left for it; all five press together.
      await Promise.all(
        windows.map(async (desk, i) => {
          for (;;) {
            const { ticket } = await callNext(desk, `w${i + 1}`);
            if (ticket === null) return;
            await act(desk, 'finish', `w${i + 1}`, ticket.id);
          }
        }),
      );
    }
    const calls = callOrder(hub);
    const called = calls.map((call) => call.ticketId);
    expect(new Set(called).size).toBe(called.length);
    expect(called).toEqual(expected);
    // Every window took part, and the early arrivals still wait for their slot.
    expect(new Set(calls.map((call) => call.windowId)).size).toBe(5);
    const snapshot = await reception.call('day');
    expect(snapshot.tickets.filter((t) => t.status === 'waiting').map((t) => t.id).sort()).toEqual([...early].sort());
    expect(snapshot.tickets.filter((t) => t.status === 'finished')).toHaveLength(expected.length);
  });

  it('numbers tickets per prefix and day, and refuses a booking checked in twice with the ticket it has', async () => {
    const { windows, clock } = await centreAt('hub-numbers', '09:00', 1);
    const desk = windows[0]!;
    const row = booking(1, '09:30', 'age-pension');
    expect((await walkIn(desk)).number).toBe('А-001');
    expect((await checkIn(desk, row)).number).toBe('Б-001');
    expect((await walkIn(desk, 'age-pension')).number).toBe('Б-002');
    expect((await walkIn(desk)).number).toBe('А-002');
    await expect(checkIn(desk, row)).rejects.toMatchObject({ code: 'hub.already_checked_in', ticketNumber: 'Б-001' });
    await expect(desk.call('issueTicket', { requestId: randomUUID(), kind: 'booked', bookingCode: 'BK-9999', booking: null, priority: null, operator: 'r' })).rejects.toMatchObject({
      code: 'hub.booking_not_found',
    });
    // A retried request (its answer lost) gets the first answer: no second ticket.
    const requestId = randomUUID();
    const input = { requestId, kind: 'walk_in' as const, service: 'age-pension', citizenName: 'Әлия', iin: null, priority: null, operator: 'r' };
    const first = await desk.call('issueTicket', input);
    expect(await desk.call('issueTicket', input)).toEqual(first);
    // The next day starts again from 001.
    clock.now = new Date('2026-11-27T09:00:00');
    expect((await walkIn(desk)).number).toBe('А-001');
  });

  it('lets an early arrival wait until the slot, less the minutes the centre allows', async () => {
    const { admin, windows, clock } = await centreAt('hub-early', '10:00', 1);
    const desk = windows[0]!;
    const ticket = await checkIn(desk, booking(1, '10:30'));
    expect((await callNext(desk, 'w1')).ticket).toBeNull();
    await admin.call('setCentre', { config: { ...centre, rule: { ...centre.rule, earlyMinutes: 15 } } });
    clock.now = new Date(`${DAY}T10:14:00`);
    expect((await callNext(desk, 'w1')).ticket).toBeNull();
    clock.now = new Date(`${DAY}T10:15:00`);
    expect((await callNext(desk, 'w1')).ticket?.id).toBe(ticket.id);
  });

  it('sets a ticket aside after the set number of calls, and brings it back', async () => {
    const { windows } = await centreAt('hub-not-here', '10:00', 2);
    const [one, two] = windows as [HubConnection, HubConnection];
    const absent = await walkIn(one);
    const next = await walkIn(one);
    expect((await callNext(one, 'w1')).ticket).toMatchObject({ id: absent.id, callCount: 1 });
    // Not here below the limit: it waits again in its place, and the next call (any window) takes it.
    expect(await act(one, 'notHere', 'w1', absent.id)).toMatchObject({ status: 'waiting', callCount: 1 });
    expect((await callNext(two, 'w2')).ticket).toMatchObject({ id: absent.id, callCount: 2 });
    await expect(act(one, 'finish', 'w1', absent.id)).rejects.toMatchObject({ code: 'hub.ticket_state' });
    expect(await act(two, 'callAgain', 'w2', absent.id)).toMatchObject({ status: 'called', callCount: 3 });
    expect(await act(two, 'notHere', 'w2', absent.id)).toMatchObject({ status: 'set_aside', callCount: 3 });
    expect((await callNext(two, 'w2')).ticket?.id).toBe(next.id);
    await act(two, 'finish', 'w2', next.id);
    expect((await callNext(two, 'w2')).ticket).toBeNull();

    const back = await one.call('restore', { requestId: randomUUID(), ticketId: absent.id, operator: 'reception' });
    expect(back).toMatchObject({ status: 'waiting', callCount: 0 });
    expect((await callNext(one, 'w1')).ticket).toMatchObject({ id: absent.id, callCount: 1 });
    await expect(one.call('restore', { requestId: randomUUID(), ticketId: absent.id, operator: 'reception' })).rejects.toMatchObject({ code: 'hub.ticket_state' });
  });

  it('sends a transferred ticket to its window alone, ahead of the priority queue', async () => {
    const { windows } = await centreAt('hub-transfer', '10:00', 3);
    const [one, two, three] = windows as [HubConnection, HubConnection, HubConnection];
    const moved = await walkIn(one);
    const priority = await walkIn(one, 'disability-benefit', 'disability');
    expect((await callNext(one, 'w1')).ticket?.id).toBe(priority.id);
    await act(one, 'finish', 'w1', priority.id);
    const urgent = await walkIn(one, 'disability-benefit', 'disability');
    expect((await callNext(one, 'w1')).ticket?.id).toBe(urgent.id);
    await expect(callNext(one, 'w1')).rejects.toMatchObject({ code: 'hub.window_busy', ticketNumber: urgent.number });
    await act(one, 'finish', 'w1', urgent.id);
    expect((await callNext(one, 'w1')).ticket?.id).toBe(moved.id);
    const other = await walkIn(one, 'disability-benefit', 'disability');
    const transferred = await one.call('transfer', { requestId: randomUUID(), windowId: 'w1', ticketId: moved.id, toWindow: 'w2', operator: 'op' });
    expect(transferred).toMatchObject({ status: 'waiting', transferWindow: 'w2' });
    // Window 3 does not get it, window 2 gets it before the priority ticket.
    expect((await callNext(three, 'w3')).ticket?.id).toBe(other.id);
    expect((await callNext(two, 'w2')).ticket).toMatchObject({ id: moved.id, windowId: 'w2', transferWindow: null });
    await expect(one.call('transfer', { requestId: randomUUID(), windowId: 'w2', ticketId: moved.id, toWindow: 'w9', operator: 'op' })).rejects.toMatchObject({
      code: 'hub.window_not_found',
    });
  });

  it('answers a repeated "call next" with the ticket it called, not a second one', async () => {
    const { hub, windows } = await centreAt('hub-retry', '10:00', 1);
    const desk = windows[0]!;
    await walkIn(desk);
    await walkIn(desk);
    const input = { requestId: randomUUID(), windowId: 'w1', operator: 'op' };
    const first = await desk.call('callNext', input);
    expect(await desk.call('callNext', input)).toEqual(first);
    expect(callOrder(hub)).toHaveLength(1);
    await expect(desk.call('finish', { ...input, ticketId: first.ticket!.id })).rejects.toMatchObject({ code: 'hub.refused' });
  });
});
