import { randomUUID, X509Certificate, createHash } from 'node:crypto';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectToHub, type HubConnection } from '../../electron/core/hub-link';
import { pinnedTls } from '../../electron/core/hub-link/hub-https';
import { buildHallDisplay } from '../../electron/hub/display/build-hall-display';
import { startHub, type Hub } from '../../electron/hub/hub';
import type { BookingRow } from '../../shared/domain/booking';
import type { HubEvent } from '../../shared/hub';
import { sampleIin } from '../support/bookings-file';
import { withCore } from '../support/core-fixture';
import { act, adminPairing, callNext, pairedDesk, setUpCentre, walkIn } from '../support/hub';
import { fileTempDir, tempDirForTest } from '../support/temp-dir';

const DAY = '2026-11-26';
const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

const buildDir = fileTempDir('hall-display-build');
let displayDir = '';
beforeAll(async () => {
  // The page as `npm run build` makes it, into this file's own folder.
  displayDir = await buildHallDisplay(join(buildDir(), 'hall-display'));
}, 60_000);

/** A hub whose clock the test moves, with its supervisor's line, two windows and a desk. */
async function centre(label: string, options: { displayDir?: string } = {}) {
  const clock = { now: new Date(`${DAY}T10:00:00`) };
  const hub = await startHub({ dataDir: tempDirForTest(label), host: '127.0.0.1', port: 0, now: () => clock.now, displayDir: options.displayDir ?? displayDir });
  open.push(hub);
  const admin = connectToHub(adminPairing(hub));
  open.push(admin);
  await setUpCentre(admin, 2);
  const desk = await pairedDesk(hub, 'Тіркеу');
  open.push(desk);
  const tick = () => (clock.now = new Date(clock.now.getTime() + 60_000));
  return { hub, admin, desk, tick };
}

/** The hall display's own line to the hub: its token, the hub's certificate pinned as a desk pins it. */
function displayLine(hub: Hub, deviceId: string, token: string): HubConnection {
  return connectToHub({ ...adminPairing(hub), deviceId, role: 'display', credential: token });
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };
/** A plain GET as a TV's browser sends it, trusting the hub's certificate alone. */
function get(hub: Hub, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(new URL(path, hub.url), { method, headers, ...pinnedTls({ fingerprint: hub.fingerprint, certificatePem: hub.certificatePem }) }, (response) => {
      const pieces: Buffer[] = [];
      response.on('data', (piece: Buffer) => pieces.push(piece));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(pieces).toString('utf8') }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('the hall display', () => {
  it('gets a read-only token from a supervisor: it reads the board and follows the calls, may do nothing else, and stops when revoked', async () => {
    const { hub, admin, desk } = await centre('hub-display-token');
    const made = await admin.call('displayToken', { name: 'Зал, экран 1' });
    expect(made.path).toBe(`/display#token=${made.token}`);
    expect(made.token.startsWith(`${made.deviceId}.`)).toBe(true);
    const spki = new X509Certificate(hub.certificatePem).publicKey.export({ type: 'spki', format: 'der' });
    expect(made.spkiSha256).toBe(createHash('sha256').update(spki).digest('base64'));
    expect((await admin.call('devices')).devices).toContainEqual(expect.objectContaining({ id: made.deviceId, name: 'Зал, экран 1', role: 'display', revokedAt: null }));

    const display = displayLine(hub, made.deviceId, made.token);
    open.push(display);
    const board = await display.call('board');
    expect(board.calls).toEqual([]);
    const seen: HubEvent[] = [];
    const follower = display.follow({ after: board.lastEventId, onEvent: (event) => seen.push(event), retryMs: 100 });
    open.push(follower);
    const ticket = await walkIn(desk);
    await callNext(desk, 'w1');
    await expect.poll(() => seen.filter((event) => event.event === 'ticket.called').map((event) => event.payload)).toEqual([expect.objectContaining({ ticketId: ticket.id, number: 'А-001', windowId: 'w1' })]);

    // Read-only: no ticket, no call, no set-up, no second token, no list of devices.
    await expect(walkIn(display)).rejects.toMatchObject({ code: 'hub.forbidden' });
    await expect(callNext(display, 'w2')).rejects.toMatchObject({ code: 'hub.forbidden' });
    await expect(display.call('displayToken', { name: 'другой' })).rejects.toMatchObject({ code: 'hub.forbidden' });
    await expect(display.call('devices')).rejects.toMatchObject({ code: 'hub.forbidden' });
    // Nor may a desk make one: a hall's screens are the supervisor's.
    await expect(desk.call('displayToken', { name: 'Зал' })).rejects.toMatchObject({ code: 'hub.forbidden' });
    // Each token is its own device.
    const second = await admin.call('displayToken', { name: 'Зал, экран 2' });
    expect(second.deviceId).not.toBe(made.deviceId);
    expect(second.token).not.toBe(made.token);

    await admin.call('revokeDevice', { deviceId: made.deviceId });
    await expect(display.call('board')).rejects.toMatchObject({ code: 'hub.unauthorized' });
    expect((await displayLine(hub, second.deviceId, second.token).call('board')).calls).toHaveLength(1);
  });

  it('shows the tickets called now, the latest first, and how many wait per group, and nothing of a citizen', async () => {
    const { hub, admin, desk, tick } = await centre('hub-display-board');
    const made = await admin.call('displayToken', { name: 'Зал' });
    const display = displayLine(hub, made.deviceId, made.token);
    open.push(display);

    const booking: BookingRow = { date: DAY, time: '09:30', iin: sampleIin(7), name: 'Сәрсенбаев Нұрлан', service: 'age-pension', code: 'BK-7007' };
    await desk.call('issueTicket', { requestId: randomUUID(), kind: 'booked', bookingCode: booking.code, booking, priority: 'disability', operator: 'reception' });
    await walkIn(desk);
    await walkIn(desk);
    await walkIn(desk, 'age-pension');
    expect((await display.call('board')).groups).toEqual([
      { id: 'pensions', prefix: 'Б', name: { kk: 'Зейнетақылар', ru: 'Пенсии' }, waiting: 2 },
      { id: 'general', prefix: 'А', name: { kk: 'Жалпы', ru: 'Общие' }, waiting: 2 },
    ]);

    tick();
    const first = (await callNext(desk, 'w1')).ticket!;
    tick();
    const second = (await callNext(desk, 'w2')).ticket!;
    let board = await display.call('board');
    expect(board.calls.map((call) => [call.number, call.windowId])).toEqual([
      [second.number, 'w2'],
      [first.number, 'w1'],
    ]);
    expect(board.windows).toEqual([
      { id: 'w1', label: 'Терезе 1' },
      { id: 'w2', label: 'Терезе 2' },
    ]);
    expect(board.groups.reduce((sum, group) => sum + group.waiting, 0)).toBe(2);
    // "Call again" keeps the ticket on the board (the page moves it to the top as the event comes).
    tick();
    await act(desk, 'callAgain', 'w1', first.id);
    board = await display.call('board');
    expect(board.calls.map((call) => call.ticketId).sort()).toEqual([first.id, second.id].sort());

    // The board holds no name, IIN, booking code, service, slot or priority: it is shown in a public hall.
    const shown = JSON.stringify(board);
    for (const secret of [booking.name, booking.iin, booking.code, 'age-pension', 'disability', '09:30', 'citizenName', 'iin']) expect(shown).not.toContain(secret);

    await act(desk, 'finish', 'w1', first.id);
    board = await display.call('board');
    expect(board.calls.map((call) => call.number)).toEqual([second.number]);
    expect(board.lastEventId).toBe(hub.day.stores.events.lastSeq());
  });

  it('serves its page without a credential, under a strict content security policy, from the hub alone', async () => {
    const { hub } = await centre('hub-display-page');
    const page = await get(hub, '/display');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    // No inline script or style, nothing from another origin.
    expect(page.body.match(/<script\b[^>]*>/g)).toEqual(['<script src="/display/hall-display.js" defer>']);
    expect(page.body).not.toMatch(/<style|\sstyle=|\son\w+=|https?:\/\//);

    const script = await get(hub, '/display/hall-display.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(csp);
    // Small enough for a TV's browser: no framework, no validation library (zod alone is ten times
    // this); most of it is the Centre page's kk and ru texts, which the board takes its words from.
    expect(script.body.length).toBeLessThan(60_000);
    expect(script.body).toContain('/v1/display/board');
    const style = await get(hub, '/display/hall-display.css');
    expect(style.status).toBe(200);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');

    expect((await get(hub, '/display/anything-else')).status).toBe(404);
    expect((await get(hub, '/display', 'POST')).status).toBe(405);
    // The API beside it still wants its credential.
    expect((await get(hub, '/v1/display/board')).status).toBe(401);
  });

  it('says plainly that the page is not built instead of serving half of it', async () => {
    const { hub } = await centre('hub-display-unbuilt', { displayDir: join(tempDirForTest('hub-display-nothing'), 'missing') });
    const page = await get(hub, '/display');
    expect(page.status).toBe(503);
    expect(page.body).toContain('npm run build');
  });

  it("gives a desk's supervisor a link with its QR code when the desk was paired as a supervisor, and a desk's code is refused", async () => {
    const { hub } = await centre('hub-display-desk');
    const desk = withCore('hub-display-desk-core');
    await desk.api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId: null });
    await expect(desk.api.call('hub.displayLink', {})).rejects.toMatchObject({ code: 'hub.forbidden' });

    await desk.api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('supervisor').code, windowId: null });
    const link = await desk.api.call('hub.displayLink', {});
    expect(link.url).toMatch(new RegExp(`^${hub.url.replace(/[.]/g, '\\.')}/display#token=${link.deviceId}\\.[A-Za-z0-9_-]{43}$`));
    expect(link.qr.modules).toBeGreaterThanOrEqual(21);
    expect(link.qr.runs.length).toBeGreaterThan(0);
    // The link's key reads the board as the screen will.
    const token = new URL(link.url).hash.replace('#token=', '');
    expect((await displayLine(hub, link.deviceId, token).call('board')).windows).toHaveLength(2);
    // A desk without a second screen (the browser harness) says so rather than pretending.
    await expect(desk.api.call('hub.showDisplay', {})).rejects.toMatchObject({ code: 'hub.no_second_screen' });
  });
});
