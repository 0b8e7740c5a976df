import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToHub, pairWithHub, type HubConnection } from '../../electron/core/hub-link';
import type { DeskTicket } from '../../shared/hub';
import { adminPairing, testHub } from '../support/hub';
import { issueNth, setUpBusyCentre, watchCalls } from '../support/hub-load';
import { tempDirForTest } from '../support/temp-dir';

const WINDOWS = 40;
const TICKETS = 200;
const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

describe('forty windows at once', () => {
  it('never gives a ticket to two windows pressing "call next" at the same instant, and the hall sees every call', async () => {
    const hub = await testHub(tempDirForTest('hub-load'));
    open.push(hub);
    const admin = connectToHub(adminPairing(hub));
    open.push(admin);
    const windowIds = await setUpBusyCentre(admin, WINDOWS);
    const desks: HubConnection[] = [];
    for (const windowId of windowIds) {
      const desk = connectToHub(await pairWithHub({ url: hub.url, code: hub.newPairingCode('desk').code, deskName: `Терезе ${windowId}` }));
      open.push(desk);
      desks.push(desk);
    }
    const display = await pairWithHub({ url: hub.url, code: hub.newPairingCode('display').code, deskName: 'Зал' });
    const hall = watchCalls(display, (await admin.call('day')).lastEventId);
    open.push(hall);

    const issued: DeskTicket[] = [];
    for (let n = 1; n <= TICKETS; n++) issued.push(await issueNth(desks[n % 2]!, n));

    // Each round, all forty press together (the requests leave in one tick), then finish what they got.
    const calls: { windowId: string; ticket: DeskTicket }[] = [];
    for (let round = 0; ; round++) {
      const answers = await Promise.all(desks.map((desk, i) => desk.call('callNext', { requestId: randomUUID(), windowId: windowIds[i]!, operator: `op-${i + 1}` })));
      const got = answers.flatMap((answer, i) => (answer.ticket === null ? [] : [{ windowId: windowIds[i]!, ticket: answer.ticket }]));
      if (got.length === 0) break;
      if (round === 0) expect(got.length).toBeGreaterThan(WINDOWS / 2);
      calls.push(...got);
      await Promise.all(got.map(({ windowId, ticket }) => desks[windowIds.indexOf(windowId)]!.call('finish', { requestId: randomUUID(), windowId, ticketId: ticket.id, operator: 'op' })));
    }

    const calledIds = calls.map((call) => call.ticket.id);
    expect(new Set(calledIds).size).toBe(calledIds.length);
    expect(new Set(calledIds)).toEqual(new Set(issued.map((ticket) => ticket.id)));
    // Every call reached the hall display, at the window that made it, and none came twice.
    expect(await hall.until(calledIds)).toEqual([]);
    expect(hall.twice).toEqual([]);
    for (const call of calls) expect(hall.seen.get(call.ticket.id)?.windowId).toBe(call.windowId);
    const day = await admin.call('day');
    expect(day.tickets.filter((ticket) => ticket.status !== 'finished')).toEqual([]);
    expect(day.tickets.every((ticket) => ticket.callCount === 1)).toBe(true);
  }, 180_000);
});
