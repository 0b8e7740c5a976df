import { describe, expect, it } from 'vitest';
import type { HubStatus } from '../../shared/contract/methods/hub-methods';
import { localDayOf } from '../../shared/domain/day';
import type { EventName } from '../../shared/contract/events';
import { connectToHub } from '../../electron/core/hub-link';
import type { Hub } from '../../electron/hub/hub';
import { sampleIin, toCsv } from '../support/bookings-file';
import { withCore, type Desk } from '../support/core-fixture';
import { adminPairing, setUpCentre, testHub } from '../support/hub';
import { tempDirForTest } from '../support/temp-dir';
import { pdfText } from '../support/pdf-text';
import type { TicketPrinter } from '../../electron/core/tickets';

/** A hub on loopback set up with two groups and two windows, closed when the test ends. */
async function centreHub(label: string): Promise<Hub> {
  const hub = await testHub(tempDirForTest(label));
  const admin = connectToHub(adminPairing(hub));
  await setUpCentre(admin, 2);
  admin.close();
  return hub;
}

/** A desk core paired with the hub through the contract, as a supervisor does on its hub page. */
async function pairedDesk(hub: Hub, label: string, windowId: string | null, ticketPrinter?: TicketPrinter): Promise<Desk> {
  const desk = withCore(label, ticketPrinter ? { ticketPrinter } : {});
  const status = await desk.api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId });
  expect(status).toMatchObject({ paired: true, hubId: hub.hubId, windowId, reachable: true });
  return desk;
}

/** Resolves when the core has sent `event` to the renderer `times` times from now on. */
function counted(desk: Desk, event: EventName) {
  let seen = 0;
  desk.core.events.subscribe((sent) => {
    if (sent.event === event) seen++;
  });
  return () => seen;
}

const until = async (check: () => Promise<boolean> | boolean) => {
  for (let tries = 0; tries < 200 && !(await check()); tries++) await new Promise((resolve) => setTimeout(resolve, 25));
};

const waitingIn = (status: HubStatus, groupId: string) => status.groups.find((group) => group.id === groupId)?.waiting;

describe('the desk at the centre hub', () => {
  it('checks a booked citizen and a walk-in in at reception, prints the slip, and a window calls and serves them', async () => {
    const hub = await centreHub('hub-desk-flow');
    try {
      const reception = await pairedDesk(hub, 'hub-desk-reception', null);
      const window = await pairedDesk(hub, 'hub-desk-window', 'w1');
      const hubNudges = counted(window, 'hub.changed');
      const day = localDayOf(new Date());
      const iin = sampleIin(3);
      const imported = await reception.api.call('bookings.import', { format: 'csv', content: toCsv([{ date: day, time: '00:01', iin, name: 'Сәрсенбаев Әлия', service: 'basic-pension', code: 'QB-100003' }]) });
      expect(imported, JSON.stringify(imported)).toMatchObject({ added: 1 });
      const [visit] = (await reception.api.call('visits.findForCheckIn', { day, query: 'QB-100003' })).visits;

      const booked = await reception.api.call('hub.checkIn', { kind: 'booked', visitId: visit!.id });
      expect(booked).toMatchObject({ number: 'А-001', kind: 'booked', status: 'waiting', bookingCode: 'QB-100003', iin });
      await expect(reception.api.call('hub.checkIn', { kind: 'booked', visitId: visit!.id })).rejects.toMatchObject({ code: 'hub.already_checked_in' });
      const walkIn = await reception.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'pensions' });
      expect(walkIn).toMatchObject({ number: 'Б-001', kind: 'walk_in', groupId: 'pensions', citizenName: null });

      // The harness has no ticket printer: the slip comes back to be saved.
      const slip = await reception.api.call('hub.printTicket', { ticketId: walkIn.id });
      expect(slip).toMatchObject({ printed: false, fileName: 'ticket-Б-001.pdf' });
      expect(Buffer.from(slip.pdfBase64!, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // The window learns of both tickets from the hub's stream, not by asking.
      await until(async () => waitingIn(await window.api.call('hub.status', {}), 'pensions') === 1);
      const before = await window.api.call('hub.status', {});
      expect(before).toMatchObject({ centreName: 'ХҚКО №1', current: null });
      expect(waitingIn(before, 'general')).toBe(1);
      expect(hubNudges()).toBeGreaterThan(0);

      // A booked citizen whose slot has come goes before a walk-in.
      const first = (await window.api.call('hub.callNext', {})).ticket!;
      expect(first).toMatchObject({ id: booked.id, status: 'called', windowId: 'w1', citizenName: 'Сәрсенбаев Әлия', bookingCode: 'QB-100003' });
      expect((await window.api.call('hub.status', {})).current?.id).toBe(booked.id);
      await expect(window.api.call('hub.callNext', {})).rejects.toMatchObject({ code: 'hub.window_busy' });
      expect(await window.api.call('hub.callAgain', { ticketId: booked.id })).toMatchObject({ callCount: 2, status: 'called' });
      expect(await window.api.call('hub.finish', { ticketId: booked.id })).toMatchObject({ status: 'finished' });
      expect((await window.api.call('hub.status', {})).current).toBeNull();

      const second = (await window.api.call('hub.callNext', {})).ticket!;
      expect(second.id).toBe(walkIn.id);
      expect(await window.api.call('hub.transfer', { ticketId: walkIn.id, toWindow: 'w2' })).toMatchObject({ status: 'waiting', transferWindow: 'w2' });
      expect((await window.api.call('hub.callNext', {})).ticket).toBeNull();

      // Reception has no window: window actions are refused before the hub is asked.
      await expect(reception.api.call('hub.callNext', {})).rejects.toMatchObject({ code: 'hub.no_window' });
    } finally {
      await hub.close();
    }
  });

  it("sends the slip to the reception's ticket printer, on the chosen printer, with the number, the group and who waits before it", async () => {
    const hub = await centreHub('hub-desk-print');
    try {
      // Stands in for the operating system's printer: keeps what it was given.
      const jobs: { pdf: Uint8Array; width: number; printerName: string | null }[] = [];
      const printer: TicketPrinter = { print: async ({ pdf, paper }, { printerName }) => (jobs.push({ pdf, width: paper.width, printerName }), 'printed') };
      const reception = await pairedDesk(hub, 'hub-desk-print-reception', null, printer);
      await reception.api.call('settings.update', { ticketPrinterName: 'XPrinter XP-80C' });
      await reception.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'pensions' });
      const second = await reception.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'pensions' });
      expect(await reception.api.call('hub.printTicket', { ticketId: second.id })).toEqual({ printed: true, fileName: 'ticket-Б-002.pdf', pdfBase64: null });
      expect(jobs).toHaveLength(1);
      expect(jobs[0]).toMatchObject({ width: 80_000, printerName: 'XPrinter XP-80C' });
      const text = (await pdfText(jobs[0]!.pdf))[0]!.items.map((item) => item.text).join(' ');
      expect(text).toContain('Б-002');
      expect(text).toContain('Зейнетақылар');
      expect(text).toContain('ХҚКО №1');
      // The first walk-in of the group still waits before the second.
      expect(text).toMatch(/Перед вами\s+1(?!\d)/);
    } finally {
      await hub.close();
    }
  });

  it('says plainly when the hub is gone, keeps the pairing across a restart, and refuses before pairing', async () => {
    const unpaired = withCore('hub-desk-unpaired');
    expect(await unpaired.api.call('hub.status', {})).toMatchObject({ paired: false, reachable: false, groups: [] });
    await expect(unpaired.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'general' })).rejects.toMatchObject({ code: 'hub.not_paired' });

    const hub = await centreHub('hub-desk-gone');
    const window = await pairedDesk(hub, 'hub-desk-gone-window', 'w1');
    await hub.close();
    // The window works alone (tests/integration/hub-offline.test.ts): nobody has checked in here yet.
    expect(await window.api.call('hub.callNext', {})).toEqual({ ticket: null });
    await expect(window.api.call('hub.callAgain', { ticketId: '0b5f0a36-8d1e-4a4f-9c7e-2f1f3c9a1b2d' })).rejects.toMatchObject({ code: 'hub.unreachable' });
    expect(await window.api.call('hub.status', {})).toMatchObject({ paired: true, reachable: false, failure: 'hub.unreachable' });

    await window.core.close();
    const again = withCore('hub-desk-gone-again', { dataDir: window.dataDir });
    expect(await again.api.call('hub.status', {})).toMatchObject({ paired: true, hubId: hub.hubId, windowId: 'w1', reachable: false });
  });

  it('after a restart, a window still has the ticket the hub called there, and "call again" brings whom it is for', async () => {
    const hub = await centreHub('hub-desk-restart');
    try {
      const window = await pairedDesk(hub, 'hub-desk-restart-window', 'w1');
      const reception = await pairedDesk(hub, 'hub-desk-restart-reception', null);
      const walkIn = await reception.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'general' });
      expect((await window.api.call('hub.callNext', {})).ticket?.id).toBe(walkIn.id);

      await window.core.close();
      const again = withCore('hub-desk-restart-again', { dataDir: window.dataDir });
      await until(async () => (await again.api.call('hub.status', {})).current !== null);
      expect((await again.api.call('hub.status', {})).current).toMatchObject({ id: walkIn.id, number: 'А-001', status: 'called', windowId: 'w1' });
      await expect(again.api.call('hub.callNext', {})).rejects.toMatchObject({ code: 'hub.window_busy' });
      expect(await again.api.call('hub.callAgain', { ticketId: walkIn.id })).toMatchObject({ callCount: 2 });
      expect(await again.api.call('hub.finish', { ticketId: walkIn.id })).toMatchObject({ status: 'finished' });
      await until(async () => (await again.api.call('hub.status', {})).current === null);
      expect((await again.api.call('hub.status', {})).current).toBeNull();
    } finally {
      await hub.close();
    }
  });
});
