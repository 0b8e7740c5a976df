import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToHub, type HubConnection } from '../../electron/core/hub-link';
import { startHub, type Hub } from '../../electron/hub/hub';
import { localDayOf } from '../../shared/domain/day';
import type { HubEvent } from '../../shared/hub';
import { startCentral, type Central } from '../central/central-server';
import { sampleIin } from '../support/bookings-file';
import { withCore } from '../support/core-fixture';
import { adminPairing, pairedDesk, setUpCentre } from '../support/hub';
import { tempDirForTest } from '../support/temp-dir';

const timing = { intervalMs: 60_000, timeoutMs: 3_000, backoff: { baseMs: 20, capMs: 150 }, pullLimit: 5 };

const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

const today = localDayOf(new Date());
const yesterday = localDayOf(new Date(Date.now() - 86_400_000));

async function admin(central: Central, path: string, body: unknown) {
  const response = await fetch(`${central.url}/_admin/${path}`, { method: 'POST', body: JSON.stringify(body) });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/** The back office issues a code for the centre's desk `hub`. */
const issueCode = async (central: Central, centreId = 'AST-01') => String((await admin(central, 'enrolment-codes', { centreId, deskId: 'hub' })).code);

let serial = 0;
const booking = (date = today) => {
  serial++;
  return { date, time: '09:30', iin: sampleIin(serial), name: 'Сәрсенбаев Әлия', service: 'basic-pension', code: `QB-${String(200_000 + serial)}` };
};
const publish = (central: Central, bookings: ReturnType<typeof booking>[], centreId = 'AST-01') => admin(central, 'bookings', { centreId, bookings });

async function setUp(name: string) {
  const dir = tempDirForTest(name);
  const central = await startCentral({ dataDir: join(dir, 'central') });
  open.push(central);
  const hubDir = join(dir, 'hub');
  const start = async () => {
    const hub = await startHub({ dataDir: hubDir, host: '127.0.0.1', port: 0, central: { timing } });
    open.push(hub);
    return hub;
  };
  const hub = await start();
  const supervisor = connectToHub(adminPairing(hub));
  open.push(supervisor);
  const desk = await pairedDesk(hub, 'Терезе 1');
  open.push(desk);
  const link = async (code?: string) => supervisor.call('setCentral', { server: central.url, centreId: 'AST-01', enrolmentCode: code ?? (await issueCode(central)) });
  return { dir, central, hub, start, supervisor, desk, link };
}

/** Every event the desk hears from now on. */
async function listen(desk: HubConnection) {
  const seen: HubEvent[] = [];
  const { lastEventId } = await desk.call('day');
  const follower = desk.follow({ after: lastEventId, onEvent: (event) => seen.push(event), retryMs: 100 });
  open.push(follower);
  return seen;
}

const held = (hub: Hub, code: string, day = today) => hub.day.stores.centre.booking(day, code);
const setting = (hub: Hub, key: string) => hub.day.stores.settings.read(key);

describe('the hub follows its centre’s feed from the central system', () => {
  it('enrols as the centre’s desk `hub`, pulls the centre’s bookings of today and later, and tells its desks how many changed', async () => {
    const { central, hub, supervisor, desk, link } = await setUp('hub-feed-enrol');
    expect(await desk.call('central')).toMatchObject({ state: 'not_linked', server: null, lastPullAt: null, bookingsToday: 0 });
    await expect(desk.call('centralPull')).rejects.toMatchObject({ code: 'hub.central_not_linked' });
    // Only a supervisor links the hub; a code the central system does not know is refused with why.
    await expect(desk.call('setCentral', { server: central.url, centreId: 'AST-01', enrolmentCode: await issueCode(central) })).rejects.toMatchObject({ code: 'hub.forbidden' });
    await expect(link('ZZZZ-ZZZZ-ZZZZ')).rejects.toMatchObject({ code: 'hub.central_refused', reason: 'sync.enrolment_refused' });
    // A code issued for another desk of the centre is not the hub's.
    const deskCode = String((await admin(central, 'enrolment-codes', { centreId: 'AST-01', deskId: '3' })).code);
    await expect(link(deskCode)).rejects.toMatchObject({ code: 'hub.central_refused', reason: 'sync.enrolment_other_desk' });

    const mine = [booking(), booking(), booking(), booking(), booking(), booking(), booking()];
    const past = booking(yesterday);
    const tomorrow = booking(localDayOf(new Date(Date.now() + 86_400_000)));
    const otherCentre = booking();
    await publish(central, [...mine, past, tomorrow]);
    await publish(central, [otherCentre], 'AST-02');
    const seen = await listen(desk);

    const linked = await link();
    expect(linked).toMatchObject({ state: 'idle', server: central.url, centreId: 'AST-01', failure: null, bookingsToday: 7 });
    expect(Date.parse(linked.lastPullAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(central.store.enrolments.devices({ centreId: 'AST-01', deskId: 'hub' })).toHaveLength(1);
    for (const row of mine) expect(held(hub, row.code)).toEqual(row);
    expect(held(hub, tomorrow.code, tomorrow.date)).toEqual(tomorrow);
    expect(held(hub, past.code, yesterday)).toBeNull();
    expect(held(hub, otherCentre.code)).toBeNull();
    // Read in pages of five: one event a page that brought bookings, a count and nothing of whose.
    await expect.poll(() => seen.filter((event) => event.event === 'bookings.changed').map((event) => event.payload)).toEqual([{ count: 5 }, { count: 3 }]);
    expect(JSON.stringify(seen)).not.toMatch(/Сәрсенбаев|QB-|\d{12}/);

    // A desk asks for a pull: only what is new comes, from the kept cursor.
    const late = booking();
    await publish(central, [late]);
    expect(await desk.call('centralPull')).toMatchObject({ state: 'idle', bookingsToday: 8 });
    expect(held(hub, late.code)).toEqual(late);
    await expect.poll(() => seen.filter((event) => event.event === 'bookings.changed').at(-1)?.payload).toEqual({ count: 1 });
    expect(await supervisor.call('central')).toMatchObject({ state: 'idle', bookingsToday: 8 });
  });

  it('reads the feed again from its snapshot after a 410, and after the central system was restored (a new epoch)', async () => {
    const { central, hub, desk, link } = await setUp('hub-feed-epoch');
    const first = booking();
    await publish(central, [first]);
    await link();
    const epoch = setting(hub, 'central.epoch');
    expect(epoch).toBe(central.store.epoch());

    // The central system no longer knows the hub's cursor.
    central.faults.set({ cursorGone: { times: 1 } });
    const afterGone = booking();
    await publish(central, [afterGone]);
    expect(await desk.call('centralPull')).toMatchObject({ state: 'idle', failure: null, bookingsToday: 2 });
    expect(central.faults.pending()).toBe(false);
    expect(held(hub, afterGone.code)).toEqual(afterGone);

    // Restored from last night's copy: what came since is lost there; the hub keeps what it had,
    // settles with the new epoch and reads the restored feed from its start.
    central.takeBackup();
    const lostThere = booking();
    await publish(central, [lostThere]);
    await desk.call('centralPull');
    expect(held(hub, lostThere.code)).toEqual(lostThere);
    expect(central.restoreBackup()).toBe(true);
    const afterRestore = booking();
    await publish(central, [afterRestore]);
    expect(await desk.call('centralPull')).toMatchObject({ state: 'idle', failure: null, bookingsToday: 4 });
    expect(setting(hub, 'central.epoch')).toBe(central.store.epoch());
    expect(setting(hub, 'central.epoch')).not.toBe(epoch);
    expect(held(hub, afterRestore.code)).toEqual(afterRestore);
    expect(held(hub, lostThere.code)).toEqual(lostThere);
  });

  it('waits as long as the central system asks (Retry-After), even when a desk asks for a pull, and backs off by itself otherwise', async () => {
    const { central, hub, desk, link } = await setUp('hub-feed-retry');
    await link();
    central.faults.set({ failWith: { on: 'pullChanges', times: 1, status: 503, retryAfterSeconds: 2 } });
    const waiting = booking();
    await publish(central, [waiting]);
    const asked = Date.now();
    const busy = await desk.call('centralPull');
    expect(busy).toMatchObject({ state: 'offline', failure: 'sync.server_busy' });
    expect(Date.parse(busy.nextAttemptAt!)).toBeGreaterThanOrEqual(asked + 2_000);
    const reads = central.stats.requests.pullChanges;
    // Asked again within the quiet: the hub answers at once and the central system hears nothing.
    expect(await desk.call('centralPull')).toMatchObject({ state: 'offline', failure: 'sync.server_busy' });
    expect(central.stats.requests.pullChanges).toBe(reads);
    await expect.poll(() => hub.central.state().state, { timeout: 10_000 }).toBe('idle');
    expect(Date.now() - asked).toBeGreaterThanOrEqual(2_000);
    expect(held(hub, waiting.code)).toEqual(waiting);

    // Without a Retry-After: the hub tries again by itself after its own short backoff.
    central.faults.set({ failWith: { on: 'pullChanges', times: 2, status: 500 } });
    const later = booking();
    await publish(central, [later]);
    expect(await desk.call('centralPull')).toMatchObject({ state: 'offline', failure: 'sync.server_busy' });
    await expect.poll(() => held(hub, later.code), { timeout: 10_000 }).toEqual(later);
    expect(hub.central.state()).toMatchObject({ state: 'idle', failure: null });

    // A long quiet asked for: only a supervisor linking the hub anew (a new code) ends it early.
    central.faults.set({ failWith: { on: 'pullChanges', times: 1, status: 503, retryAfterSeconds: 600 } });
    expect(await desk.call('centralPull')).toMatchObject({ state: 'offline', failure: 'sync.server_busy' });
    const relinkedAt = Date.now();
    expect(await link()).toMatchObject({ state: 'idle', failure: null });
    expect(Date.now() - relinkedAt).toBeLessThan(10_000);
  });

  it('takes a new credential when asked, and stops on a revoked one, across a restart, until a supervisor links it again', async () => {
    const { central, hub, desk, link, start } = await setUp('hub-feed-credential');
    await link();
    const issued = (setting(hub, 'central.credential') as { credential: string }).credential;
    await admin(central, 'devices/rotate', { centreId: 'AST-01', deskId: 'hub' });
    await desk.call('centralPull');
    const renewed = (setting(hub, 'central.credential') as { credential: string; centralKey: string }).credential;
    expect(renewed).not.toBe(issued);
    expect((setting(hub, 'central.credential') as { centralKey: string }).centralKey).toBe(central.signing.publicKey);
    const next = booking();
    await publish(central, [next]);
    expect(await desk.call('centralPull')).toMatchObject({ state: 'idle', failure: null });
    expect(held(hub, next.code)).toEqual(next);

    await admin(central, 'devices/revoke', { centreId: 'AST-01', deskId: 'hub' });
    expect(await desk.call('centralPull')).toMatchObject({ state: 'revoked', failure: 'sync.revoked' });
    expect(setting(hub, 'central.credential')).toBeNull();
    const reads = central.stats.requests.pullChanges;
    expect(await desk.call('centralPull')).toMatchObject({ state: 'revoked' });
    expect(central.stats.requests.pullChanges).toBe(reads);

    // The hub's machine restarts: it still says why it stopped, and asks the central system nothing.
    await hub.close();
    const again = await start();
    const supervisor = connectToHub(adminPairing(again));
    open.push(supervisor);
    await expect.poll(() => again.central.state()).toMatchObject({ state: 'revoked', failure: 'sync.revoked', server: central.url, centreId: 'AST-01' });
    expect(central.stats.requests.pullChanges).toBe(reads);
    const afterRevoke = booking();
    await publish(central, [afterRevoke]);
    const relinked = await supervisor.call('setCentral', { server: central.url, centreId: 'AST-01', enrolmentCode: await issueCode(central) });
    expect(relinked).toMatchObject({ state: 'idle', failure: null });
    expect(held(again, afterRevoke.code)).toEqual(afterRevoke);
  });

  it('checks in at reception a booking the hub has from its feed but the desk’s own copy lacks, and the desk makes its visit from it', async () => {
    const { central, hub, supervisor, link } = await setUp('hub-feed-check-in');
    await setUpCentre(supervisor, 1);
    // Its slot has come, so a window may call it (an early arrival waits for the slot).
    const fromFeed = { ...booking(), time: '00:01' };
    await publish(central, [fromFeed]);
    await link();
    const reception = withCore('hub-feed-reception');
    const paired = await reception.api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId: null });
    // The Centre page shows the hub's own link to the central system.
    expect(paired.central).toMatchObject({ state: 'idle', failure: null, bookingsToday: 1 });
    expect(Date.parse(paired.central!.lastPullAt!)).toBeGreaterThan(Date.now() - 60_000);
    // The desk was never enrolled with the central system: its own search finds nobody.
    expect((await reception.api.call('visits.findForCheckIn', { day: today, query: fromFeed.code })).visits).toEqual([]);

    const ticket = await reception.api.call('hub.checkIn', { kind: 'booking_code', bookingCode: fromFeed.code.toLowerCase(), priority: null });
    expect(ticket).toMatchObject({ kind: 'booked', status: 'waiting', bookingCode: fromFeed.code, citizenName: fromFeed.name, iin: fromFeed.iin, slot: fromFeed.time, service: fromFeed.service });
    const [visit] = (await reception.api.call('visits.findForCheckIn', { day: today, query: fromFeed.code })).visits;
    expect(visit).toMatchObject({ kind: 'booked', status: 'booked', bookingCode: fromFeed.code, citizenName: fromFeed.name, iin: fromFeed.iin, slot: fromFeed.time, serviceCode: fromFeed.service, day: today });

    // Once more, from any desk: the hub's word stands, and the desk makes no second visit.
    await expect(reception.api.call('hub.checkIn', { kind: 'booking_code', bookingCode: fromFeed.code, priority: null })).rejects.toMatchObject({ code: 'hub.already_checked_in' });
    expect((await reception.api.call('visits.findForCheckIn', { day: today, query: fromFeed.code })).visits).toHaveLength(1);
    // A code neither has is the hub's refusal; the desk keeps nothing of it.
    await expect(reception.api.call('hub.checkIn', { kind: 'booking_code', bookingCode: 'QB-999999', priority: null })).rejects.toMatchObject({ code: 'hub.booking_not_found' });
    expect((await reception.api.call('visits.findForCheckIn', { day: today, query: 'QB-999999' })).visits).toEqual([]);

    // A window desk that never had the booking either calls the ticket and finds the citizen's visit.
    const window = withCore('hub-feed-window');
    await window.api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId: 'w1' });
    expect((await window.api.call('hub.callNext', {})).ticket).toMatchObject({ id: ticket.id, bookingCode: fromFeed.code });
    expect((await window.api.call('visits.findForCheckIn', { day: today, query: fromFeed.code })).visits).toMatchObject([{ kind: 'booked', bookingCode: fromFeed.code, citizenName: fromFeed.name }]);

    // The desk asks the hub for a pull; the central system is busy and says so: the page says why.
    central.faults.set({ failWith: { on: 'pullChanges', times: 1, status: 503, retryAfterSeconds: 30 } });
    expect((await reception.api.call('hub.pullCentral', {})).central).toMatchObject({ state: 'offline', failure: 'sync.server_busy', bookingsToday: 1 });
    expect((await reception.api.call('hub.status', {})).central).toMatchObject({ state: 'offline', failure: 'sync.server_busy' });
  });
});
