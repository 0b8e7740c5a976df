import { afterEach, describe, expect, it } from 'vitest';
import { connectToHub } from '../../electron/core/hub-link';
import { startHub, type Hub } from '../../electron/hub/hub';
import type { HubEvent } from '../../shared/hub';
import { adminPairing, callNext, pairedDesk, setUpCentre, testHub, walkIn } from '../support/hub';
import { tempDirForTest } from '../support/temp-dir';

const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

/** Every event id the hub's log holds, in order. */
const logIds = (hub: Hub) => hub.day.stores.events.after(0, 100_000).map((event) => event.seq);

describe('the hub event stream', () => {
  it('streams tickets and calls to a display, and resumes with Last-Event-ID after a cut without a gap or a repeat', async () => {
    const dir = tempDirForTest('hub-events');
    let hub = await testHub(dir);
    const port = hub.port;
    const admin = connectToHub(adminPairing(hub));
    open.push(admin);
    await setUpCentre(admin, 2);
    const desk = await pairedDesk(hub, 'Терезе 1');
    open.push(desk);
    const display = await pairedDesk(hub, 'Зал', 'display');
    open.push(display);

    const seen: HubEvent[] = [];
    const states: boolean[] = [];
    const { lastEventId } = await display.call('day');
    const follower = display.follow({ after: lastEventId, onEvent: (event) => seen.push(event), onConnection: ({ connected }) => states.push(connected), retryMs: 100 });
    open.push(follower);
    await expect.poll(() => states.at(-1)).toBe(true);

    const first = await walkIn(desk);
    await callNext(desk, 'w1');
    await expect.poll(() => seen.map((event) => event.event)).toEqual(['ticket.issued', 'queue.counts', 'ticket.called', 'queue.counts']);
    expect(seen[2]).toMatchObject({ event: 'ticket.called', payload: { ticketId: first.id, number: 'А-001', windowId: 'w1', again: false } });
    // No citizen's data on the stream.
    expect(JSON.stringify(seen)).not.toMatch(/citizenName|iin/);

    // The display stops listening; the day goes on; it follows again from the last event it had.
    await follower.close();
    const second = await walkIn(desk, 'age-pension');
    await callNext(desk, 'w2');
    const resumed: HubEvent[] = [];
    const again = display.follow({ after: follower.lastEventId(), onEvent: (event) => resumed.push(event), retryMs: 100 });
    open.push(again);
    await expect.poll(() => resumed.map((event) => event.event)).toEqual(['ticket.issued', 'queue.counts', 'ticket.called', 'queue.counts']);
    expect(resumed[2]).toMatchObject({ payload: { ticketId: second.id, windowId: 'w2' } });

    // The hub's machine restarts: the stream is cut, the follower reconnects by itself to the same
    // address and gets what happened after its last event, once, in order.
    await hub.close();
    hub = await startHub({ dataDir: dir, host: '127.0.0.1', port });
    open.push(hub);
    await walkIn(desk, 'age-pension', 'disability');
    await walkIn(desk);
    await expect.poll(() => resumed.length, { timeout: 10_000 }).toBe(logIds(hub).length - lastEventId - seen.length);
    expect([...seen, ...resumed].map((event) => event.id)).toEqual(logIds(hub).filter((id) => id > lastEventId));
    const issued = [...seen, ...resumed].flatMap((event) => (event.event === 'ticket.issued' ? [event.payload.number] : []));
    expect(issued).toEqual(['А-001', 'Б-001', 'Б-002', 'А-002']);
  });

  it('sends a desk that resumes from a later id than the hub has a resync, then what follows', async () => {
    const hub = await testHub(tempDirForTest('hub-resync'));
    open.push(hub);
    const admin = connectToHub(adminPairing(hub));
    open.push(admin);
    await setUpCentre(admin, 1);
    const seen: HubEvent[] = [];
    const follower = admin.follow({ after: 10_000, onEvent: (event) => seen.push(event), retryMs: 100 });
    open.push(follower);
    await expect.poll(() => seen.map((event) => event.event)).toEqual(['stream.resync']);
    await walkIn(admin);
    await expect.poll(() => seen.map((event) => event.event)).toEqual(['stream.resync', 'ticket.issued', 'queue.counts']);
    expect(seen.map((event) => event.id)).toEqual(logIds(hub).slice(-3));
  });
});
