import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToHub } from '../../electron/core/hub-link';
import { localDayOf } from '../../shared/domain/day';
import type { DeskTicket } from '../../shared/hub';
import { startCentral, type Central } from '../central/central-server';
import { sampleBookings } from '../support/bookings-file';
import { withCore, type Desk } from '../support/core-fixture';
import { adminPairing, setUpCentre, testHub } from '../support/hub';
import { tempDirForTest } from '../support/temp-dir';

const DESKS = 5;
const BOOKINGS = 12;
const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function admin(central: Central, path: string, body: unknown) {
  const response = await fetch(`${central.url}/_admin/${path}`, { method: 'POST', body: JSON.stringify(body) });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

const visitsOf = async (desk: Desk, day: string, code: string) => (await desk.api.call('visits.findForCheckIn', { day, query: code })).visits;

describe('a centre’s day: a hub, five desks and the central system', () => {
  it('pulls the day’s bookings from the central system, checks them all in at reception, and five windows calling at once never get one ticket twice', async () => {
    const dir = tempDirForTest('hub-centre-day');
    const central = await startCentral({ dataDir: join(dir, 'central') });
    open.push(central);
    const hub = await testHub(join(dir, 'hub'));
    open.push(hub);
    const supervisor = connectToHub(adminPairing(hub));
    open.push(supervisor);
    await setUpCentre(supervisor, DESKS);

    // The day's bookings exist only at the central system; every slot has already come.
    const day = localDayOf(new Date());
    const bookings = sampleBookings(day, BOOKINGS).map((booking, n) => ({ ...booking, time: `00:${String(n + 1).padStart(2, '0')}` }));
    await admin(central, 'bookings', { centreId: 'AST-01', bookings });
    const enrolmentCode = String((await admin(central, 'enrolment-codes', { centreId: 'AST-01', deskId: 'hub' })).code);
    expect(await supervisor.call('setCentral', { server: central.url, centreId: 'AST-01', enrolmentCode })).toMatchObject({ state: 'idle', failure: null, bookingsToday: BOOKINGS });

    const desks: (Desk & { windowId: string })[] = [];
    for (let n = 1; n <= DESKS; n++) {
      const desk = withCore(`hub-centre-day-desk${n}`);
      const windowId = `w${n}`;
      expect(await desk.api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId })).toMatchObject({ paired: true, reachable: true });
      desks.push({ ...desk, windowId });
    }
    // No desk was enrolled with the central system: none of them knows any of the bookings.
    for (const desk of desks) expect(await visitsOf(desk, day, bookings[0]!.code)).toEqual([]);

    // Reception (the first desk) checks every citizen in by the code on their booking.
    const reception = desks[0]!;
    const issued: DeskTicket[] = [];
    for (const booking of bookings) {
      const ticket = await reception.api.call('hub.checkIn', { kind: 'booking_code', bookingCode: booking.code, priority: null });
      expect(ticket).toMatchObject({ kind: 'booked', status: 'waiting', bookingCode: booking.code, citizenName: booking.name, iin: booking.iin, slot: booking.time, service: booking.service });
      issued.push(ticket);
    }

    // Each round all five windows press "call next" at once, then finish whom they called.
    const calls: { desk: Desk & { windowId: string }; ticket: DeskTicket }[] = [];
    for (let round = 0; round < 4 * BOOKINGS; round++) {
      const answers = await Promise.all(desks.map((desk) => desk.api.call('hub.callNext', {})));
      const got = answers.flatMap(({ ticket }, i) => (ticket === null ? [] : [{ desk: desks[i]!, ticket }]));
      if (got.length === 0) break;
      calls.push(...got);
      for (const { desk, ticket } of got) expect(ticket).toMatchObject({ status: 'called', windowId: desk.windowId });
      await Promise.all(got.map(({ desk, ticket }) => desk.api.call('hub.finish', { ticketId: ticket.id })));
    }

    // Every ticket called once, at one window.
    const calledIds = calls.map((call) => call.ticket.id);
    expect(calledIds).toHaveLength(BOOKINGS);
    expect(new Set(calledIds)).toEqual(new Set(issued.map((ticket) => ticket.id)));
    // More than one window took part: the calls really were shared out among them.
    expect(new Set(calls.map((call) => call.desk.windowId)).size).toBeGreaterThan(1);
    const hubDay = await supervisor.call('day');
    expect(hubDay.tickets).toHaveLength(BOOKINGS);
    for (const ticket of hubDay.tickets) expect(ticket).toMatchObject({ status: 'finished', callCount: 1 });
    // Every booking was served (the hall's view of a ticket has no booking code; the window's has).
    expect(new Set(calls.map((call) => call.ticket.bookingCode))).toEqual(new Set(bookings.map((booking) => booking.code)));

    // The window that called a citizen holds the visit made from the hub's booking.
    for (const { desk, ticket } of calls) {
      const booking = bookings.find((row) => row.code === ticket.bookingCode)!;
      expect(await visitsOf(desk, day, booking.code)).toMatchObject([
        { kind: 'booked', bookingCode: booking.code, citizenName: booking.name, iin: booking.iin, slot: booking.time, serviceCode: booking.service, day },
      ]);
    }
    for (const desk of desks) expect(await desk.api.call('hub.status', {})).toMatchObject({ reachable: true, pendingHandover: 0 });
  }, 120_000);
});
