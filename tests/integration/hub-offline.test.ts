import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectToHub, type HubConnection } from '../../electron/core/hub-link';
import type { Hub } from '../../electron/hub/hub';
import type { HubStatus } from '../../shared/contract/methods/hub-methods';
import { localDayOf } from '../../shared/domain/day';
import type { BookingRow } from '../../shared/domain/booking';
import { sampleIin, toCsv } from '../support/bookings-file';
import { bundledFixture } from '../support/bundled-fixture';
import { withCore, type Desk } from '../support/core-fixture';
import { cuttableLine } from '../support/cuttable-line';
import { pdfText } from '../support/pdf-text';
import { adminPairing, centre, pairedDesk as pairedConnection, setUpCentre, testHub } from '../support/hub';
import { processAdminPairing, startHubProcess } from '../support/hub-process';
import { tempDirForTest } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';
import { HUB_DATABASE_FILE } from '../../electron/hub/storage';

const DESKS = 5;
/** Three handover batches' worth (200 a batch), so a kill can fall between and within them. */
const TICKETS_ALONE = 450;
const KILL_ROUNDS = Number(process.env.HUB_KILL_ROUNDS ?? 3);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (what: string, check: () => Promise<boolean> | boolean) => {
  for (let tries = 0; tries < 400; tries++) {
    if (await check()) return;
    await pause(25);
  }
  throw new Error(`never: ${what}`);
};

/** The centre's day: eight bookings whose slots have come, the same in every desk's feed and at the hub. */
function bookingsOf(day: string): BookingRow[] {
  return Array.from({ length: 8 }, (_, n) => ({
    date: day, time: `00:0${n + 1}`, iin: sampleIin(40 + n), name: `Сәрсенбаев Нұрлан ${'ӘҒҚҢӨҰҮІ'[n]}`, service: n % 2 === 0 ? 'basic-pension' : 'age-pension', code: `QB-20000${n}`,
  }));
}

type CentreDesk = Desk & { line: Awaited<ReturnType<typeof cuttableLine>>; windowId: string };

/** A hub on loopback with five windows and the day's bookings, and five desk cores, each on a line of its own the test can cut. */
async function centreWithDesks(label: string): Promise<{ hub: Hub; admin: HubConnection; desks: CentreDesk[]; day: string; bookings: BookingRow[] }> {
  const hub = await testHub(tempDirForTest(label));
  const admin = connectToHub(adminPairing(hub));
  await setUpCentre(admin, DESKS);
  const day = localDayOf(new Date());
  const bookings = bookingsOf(day);
  await admin.call('putBookings', { requestId: randomUUID(), bookings });
  const desks: CentreDesk[] = [];
  for (let n = 1; n <= DESKS; n++) {
    const line = await cuttableLine(hub.port);
    const desk = withCore(`${label}-desk${n}`);
    const windowId = `w${n}`;
    expect(await desk.api.call('hub.pair', { url: line.url, code: hub.newPairingCode('desk').code, windowId })).toMatchObject({ paired: true, reachable: true });
    expect(await desk.api.call('bookings.import', { format: 'csv', content: toCsv(bookings) })).toMatchObject({ added: bookings.length });
    desks.push({ ...desk, line, windowId });
  }
  return { hub, admin, desks, day, bookings };
}

const status = (desk: Desk): Promise<HubStatus> => desk.api.call('hub.status', {});
const visitOf = async (desk: Desk, day: string, code: string) => (await desk.api.call('visits.findForCheckIn', { day, query: code })).visits[0]!;
const checkIn = async (desk: Desk, day: string, code: string) => desk.api.call('hub.checkIn', { kind: 'booked', visitId: (await visitOf(desk, day, code)).id });
const statusesOf = async (desk: Desk, day: string) => new Map((await desk.api.call('visits.listForDay', { day })).visits.map((visit) => [visit.bookingCode, visit.status]));

describe('a desk without its hub', () => {
  it('works alone when cut off, hands everything over on return, and a booking checked in at two places goes to the first check-in', async () => {
    const { hub, admin, desks, day, bookings } = await centreWithDesks('hub-offline-alone');
    try {
      const [d1, d2, , , d5] = desks as [CentreDesk, CentreDesk, CentreDesk, CentreDesk, CentreDesk];
      const [b0, b1, b2] = bookings.map((booking) => booking.code) as [string, string, string];
      d5.line.cut();
      // The first request after the cut finds the hub gone and is served alone.
      const alone0 = await checkIn(d5, day, b0);
      expect(alone0).toMatchObject({ number: 'W5-001', kind: 'booked', status: 'waiting', bookingCode: b0, prefix: 'А' });
      expect(await status(d5)).toMatchObject({ paired: true, reachable: false, failure: 'hub.unreachable', pendingHandover: 1 });
      expect((await visitOf(d5, day, b0)).status).toBe('arrived');
      await pause(5);
      // Another window, on line, checks the same citizen in afterwards: the hub cannot know.
      const late = await checkIn(d2, day, b0);
      expect(late.number).toBe('А-001');

      // Booking b1 is checked in at the hub first, then at the cut-off desk.
      const early = await checkIn(d1, day, b1);
      expect(early.number).toBe('Б-001');
      await pause(5);
      const aloneLate = await checkIn(d5, day, b1);
      expect(aloneLate.number).toBe('W5-002');
      await expect(checkIn(d5, day, b1)).rejects.toMatchObject({ code: 'hub.already_checked_in' });
      const walkIn = await d5.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'general' });
      expect(walkIn).toMatchObject({ number: 'W5-003', kind: 'walk_in' });
      // Its slip prints without the hub, from the desk's own copy of the centre's set-up.
      const slip = await d5.api.call('hub.printTicket', { ticketId: walkIn.id });
      expect(slip).toMatchObject({ printed: false, fileName: 'ticket-W5-003.pdf' });
      const slipText = (await pdfText(new Uint8Array(Buffer.from(slip.pdfBase64!, 'base64'))))[0]!.items.map((item) => item.text).join(' ');
      expect(slipText).toContain('W5-003');
      expect(slipText).toContain('ХҚКО №1');

      // The window alone calls and serves its own tickets, in check-in order.
      const called = (await d5.api.call('hub.callNext', {})).ticket!;
      expect(called).toMatchObject({ id: alone0.id, status: 'called', windowId: 'w5', citizenName: bookings[0]!.name });
      await expect(d5.api.call('hub.callNext', {})).rejects.toMatchObject({ code: 'hub.window_busy' });
      expect(await d5.api.call('hub.finish', { ticketId: alone0.id })).toMatchObject({ status: 'finished' });
      // Restarted while cut off, the desk still works alone and still has its work.
      await d5.core.close();
      const again = withCore('hub-offline-alone-d5-again', { dataDir: d5.dataDir });
      const d5again = { ...d5, ...again };
      const afterRestart = await d5again.api.call('hub.checkIn', { kind: 'booked', visitId: (await visitOf(d5again, day, b2)).id });
      expect(afterRestart).toMatchObject({ number: 'W5-004', prefix: 'А' });
      expect(await status(d5again)).toMatchObject({ reachable: false, pendingHandover: 4 });

      // The hub meanwhile went on without the desk.
      expect((await admin.call('day')).tickets.map((ticket) => ticket.number)).toEqual(['А-001', 'Б-001']);

      d5.line.restore();
      await until('the handover', async () => {
        const now = await status(d5again);
        return now.reachable && now.pendingHandover === 0 && now.conflicts.length === 1;
      });
      const handed = await status(d5again);
      expect(handed.localTickets.map(({ number, handedOver, supersededBy }) => ({ number, handedOver, supersededBy }))).toEqual([
        { number: 'W5-001', handedOver: true, supersededBy: null },
        { number: 'W5-002', handedOver: true, supersededBy: 'Б-001' },
        { number: 'W5-003', handedOver: true, supersededBy: null },
        { number: 'W5-004', handedOver: true, supersededBy: null },
      ]);
      expect(handed.conflicts).toEqual([expect.objectContaining({ bookingCode: b1, keptNumber: 'Б-001', voidNumber: 'W5-002' })]);
      // The window on line whose check-in came second is told too.
      await until('the conflict at the second window', async () => (await status(d2)).conflicts.length === 1);
      expect((await status(d2)).conflicts).toEqual([expect.objectContaining({ bookingCode: b0, keptNumber: 'W5-001', voidNumber: 'А-001' })]);
      expect((await status(d1)).conflicts).toEqual([]);

      // At the hub: each booking with its first check-in; the second tickets wait for nobody.
      expect(hub.day.stores.tickets.forBooking(day, b0)?.number).toBe('W5-001');
      expect(hub.day.stores.tickets.forBooking(day, b1)?.number).toBe('Б-001');
      const held = new Map((await admin.call('day')).tickets.map((ticket) => [ticket.number, ticket.status]));
      expect(Object.fromEntries(held)).toEqual({ 'А-001': 'set_aside', 'Б-001': 'waiting', 'W5-001': 'finished', 'W5-002': 'set_aside', 'W5-003': 'waiting', 'W5-004': 'waiting' });
      // The windows call the handed-over tickets like any other; the void ones never.
      const calls: string[] = [];
      for (const desk of [d1, d2, desks[2]!, desks[3]!]) {
        const { ticket } = await desk.api.call('hub.callNext', {});
        if (ticket) calls.push(ticket.number);
      }
      expect(calls.sort()).toEqual(['W5-003', 'W5-004', 'Б-001']);
    } finally {
      admin.close();
      await hub.close();
    }
  }, 60_000);

  it('gives the same answer to a resent handover, and stores nothing twice', async () => {
    const hub = await testHub(tempDirForTest('hub-offline-resend'));
    try {
      const admin = connectToHub(adminPairing(hub));
      await setUpCentre(admin, 1);
      admin.close();
      const desk = await pairedConnection(hub, 'Терезе 1');
      const at = new Date().toISOString();
      const items = Array.from({ length: 3 }, (_, n) => ({
        ticketId: randomUUID(), kind: 'walk_in' as const, bookingCode: null, booking: null, service: 'basic-pension', priority: null,
        number: `W1-00${n + 1}`, checkedInAt: at, status: 'waiting' as const, windowId: 'w1', calledAt: null, finishedAt: null, operator: 'op-w1',
      }));
      const requestId = randomUUID();
      const first = await desk.call('handOver', { requestId, items });
      expect(first.results.map((result) => result.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
      // The answer was lost: the same batch again gets the same answer.
      expect(await desk.call('handOver', { requestId, items })).toEqual(first);
      // A desk that made a new batch of the same work (and one served since) changes only what moved on.
      const served = { ...items[0]!, status: 'finished' as const, calledAt: at, finishedAt: new Date().toISOString() };
      const second = await desk.call('handOver', { requestId: randomUUID(), items: [served, items[1]!] });
      expect(second.results.map((result) => result.ticket?.status)).toEqual(['finished', 'waiting']);
      const day = await desk.call('day');
      expect(day.tickets.map((ticket) => ticket.number)).toEqual(['W1-001', 'W1-002', 'W1-003']);
      // A request id is one route's: used for another, it is refused.
      await expect(desk.call('callNext', { requestId, windowId: 'w1', operator: 'op-w1' })).rejects.toMatchObject({ code: 'hub.refused' });
      desk.close();
    } finally {
      await hub.close();
    }
  });
});

describe("the centre's day closed at the hub", () => {
  it('decides each no-show once; no desk marks one a booking the hub saw checked in or served, and a desk cut off defers', async () => {
    const { hub, admin, desks, day, bookings } = await centreWithDesks('hub-offline-close');
    try {
      const codes = bookings.map((booking) => booking.code);
      const [d1, d2, d3, , d5] = desks as [CentreDesk, CentreDesk, CentreDesk, CentreDesk, CentreDesk];
      // Checked in at three windows; one of them served; one checked in alone at a cut-off desk.
      await checkIn(d1, day, codes[0]!);
      await checkIn(d2, day, codes[1]!);
      const third = await checkIn(d3, day, codes[2]!);
      // The first in slot order of the two waiting: served at window 3.
      const { ticket } = await d3.api.call('hub.callNext', {});
      expect(ticket?.bookingCode).toBe(codes[0]);
      expect(await d3.api.call('hub.finish', { ticketId: ticket!.id })).toMatchObject({ status: 'finished' });
      expect(third.status).toBe('waiting');
      d5.line.cut();
      expect((await checkIn(d5, day, codes[3]!)).number).toBe('W5-001');

      // Before the hub closes the day no desk decides alone; cut off, it defers rather than guesses.
      await expect(d1.api.call('visits.closeDay', { day })).rejects.toMatchObject({ code: 'hub.day_open' });
      await expect(d5.api.call('visits.closeDay', { day })).rejects.toMatchObject({ code: 'hub.day_deferred' });
      expect((await statusesOf(d5, day)).get(codes[4]!)).toBe('booked');

      // Back on line, the desk hands over before the supervisor closes the day.
      d5.line.restore();
      await until('the handover', async () => (await status(d5)).pendingHandover === 0 && (await status(d5)).reachable);
      const supervisor = withCore('hub-offline-close-supervisor');
      await supervisor.api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('supervisor').code, windowId: null });
      await supervisor.api.call('bookings.import', { format: 'csv', content: toCsv(bookings) });
      // A desk's pairing may not close the centre's day.
      await expect(d1.api.call('hub.closeDay', { day })).rejects.toMatchObject({ code: 'hub.forbidden' });
      const closed = await supervisor.api.call('hub.closeDay', { day });
      expect(closed).toEqual({ day, centreNoShows: 4, noShows: 4 });
      const decision = await admin.call('dayDecision', { day });
      expect(decision).toMatchObject({ closed: true, noShows: codes.slice(4) });
      // Closing again answers the decision made, and the hub told of it once.
      expect(await admin.call('closeDay', { requestId: randomUUID(), day, operator: 'supervisor' })).toEqual(decision);
      expect(hub.day.stores.events.after(0, 10_000).filter((event) => event.type === 'day.closed')).toHaveLength(1);

      for (const desk of desks) {
        expect(await desk.api.call('visits.closeDay', { day })).toEqual({ noShows: 4 });
        const statuses = await statusesOf(desk, day);
        for (const code of codes.slice(0, 4)) expect(statuses.get(code), code).not.toBe('no_show');
        for (const code of codes.slice(4)) expect(statuses.get(code), code).toBe('no_show');
        // The end of day again marks nobody twice.
        expect(await desk.api.call('visits.closeDay', { day })).toEqual({ noShows: 0 });
      }
      expect((await statusesOf(d5, day)).get(codes[3]!)).toBe('arrived');
    } finally {
      admin.close();
      await hub.close();
    }
  }, 60_000);
});

describe('the handover through a hub killed mid-way', () => {
  it('loses nothing the hub acknowledged, and stores each local ticket once, when the hub is SIGKILLed during handovers', async () => {
    const runner = await bundledFixture('hub-runner.ts');
    const dataDir = join(tempDirForTest('hub-offline-kill'), 'hub');
    let hub = await startHubProcess(runner, dataDir);
    const adminAt = (port: number) => connectToHub(processAdminPairing(dataDir, port), { timeoutMs: 5_000 });
    const admin = adminAt(hub.port);
    await admin.call('setCentre', { config: centre });
    await admin.call('setWindow', { window: { id: 'w1', label: 'Терезе 1', groups: ['general', 'pensions'] } });
    const line = await cuttableLine(hub.port);
    const desk = withCore('hub-offline-kill-desk');
    await desk.api.call('hub.pair', { url: line.url, code: (await admin.call('pairingCode', { role: 'desk' })).code, windowId: 'w1' });
    admin.close();

    line.cut();
    const given = new Map<string, string>();
    for (let n = 0; n < TICKETS_ALONE; n++) {
      const ticket = await desk.api.call('hub.checkIn', { kind: 'walk_in', groupId: n % 3 === 0 ? 'pensions' : 'general' });
      given.set(ticket.id, ticket.number);
    }
    expect((await status(desk)).pendingHandover).toBe(TICKETS_ALONE);

    const acknowledged = new Set<string>();
    let answersLost = 0;
    for (let round = 0; round < KILL_ROUNDS; round++) {
      const before = (await status(desk)).pendingHandover;
      if (before === 0) break;
      // Killed the moment the hub has committed a batch, before the desk can have its answer (the
      // hub's database is read beside it); in a later round, while the desk has batches to send.
      const hubDb = openWorkstationDb(join(dataDir, HUB_DATABASE_FILE), dataDir, { readonly: true });
      const heldAt = () => hubDb.prepare<[], { count: number }>('SELECT count(*) AS count FROM tickets').get()!.count;
      const heldBefore = heldAt();
      line.restore(hub.port);
      const started = Date.now();
      while (heldAt() === heldBefore && Date.now() - started < 10_000) await pause(1);
      hubDb.close();
      hub.child.kill('SIGKILL');
      await hub.exited;
      line.cut();
      for (const ticket of (await status(desk)).localTickets) if (ticket.handedOver) acknowledged.add(ticket.id);
      hub = await startHubProcess(runner, dataDir);
      const restarted = adminAt(hub.port);
      const held = new Set((await restarted.call('day')).tickets.map((ticket) => ticket.id));
      restarted.close();
      for (const id of acknowledged) expect(held.has(id), `round ${round}: ${given.get(id)}`).toBe(true);
      // The answer the kill cut off: the desk sends that batch again with its request id.
      if (held.size > acknowledged.size) answersLost++;
    }
    console.info(`[hub-offline kill] ${KILL_ROUNDS} rounds, ${answersLost} with an answer lost`);

    line.restore(hub.port);
    await until('the last handover', async () => (await status(desk)).pendingHandover === 0);
    const final = adminAt(hub.port);
    const { tickets } = await final.call('day');
    final.close();
    hub.child.kill('SIGKILL');
    await hub.exited;
    // Every local ticket is at the hub once, with the number the citizen holds.
    expect(tickets).toHaveLength(TICKETS_ALONE);
    expect(new Map(tickets.map((ticket) => [ticket.id, ticket.number]))).toEqual(given);
    expect(tickets.map((ticket) => ticket.number).sort()).toEqual(Array.from({ length: TICKETS_ALONE }, (_, n) => `W1-${String(n + 1).padStart(3, '0')}`));
  }, 180_000);
});
