import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreEvent, EventName } from '../../shared/contract/events';
import { startHarnessHost, TOKEN_HEADER } from '../../electron/harness/host';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { openCoreClient, testSupervisor } from '../support/core-client';
import { pdfBytes } from '../support/sample-files';
import { queuedApplication } from '../support/queued-applications';
import { tempDirForTest } from '../support/temp-dir';

const timing = { idleMs: 60_000, timeoutMs: 1_500, backoff: { baseMs: 20, capMs: 150 }, batchItems: 3, batchBytes: 1 << 20, pullLimit: 5 };

/** Collects a core's events, and waits for one of a name. */
function listen(core: { events: { subscribe(listener: (event: CoreEvent) => void): () => void } }) {
  const heard: CoreEvent[] = [];
  const waiters: { name: EventName; resolve(event: CoreEvent): void }[] = [];
  core.events.subscribe((event) => {
    heard.push(event);
    for (const waiter of waiters.filter((w) => w.name === event.event)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(event);
    }
  });
  const next = (name: EventName) => new Promise<CoreEvent>((resolve) => waiters.push({ name, resolve }));
  return { heard, next, names: () => heard.map((event) => event.event) };
}

describe('the core’s events', () => {
  it('tell of the session as it changes: sign-in, lock, sign-out, and an idle lock nobody asked for', async () => {
    const dir = tempDirForTest('events-session');
    let clock = new Date('2026-12-01T05:00:00Z');
    const { core, api, ready } = openCoreClient({ dataDir: dir, now: () => clock, idleCheckMs: 100 });
    const events = listen(core);
    await ready;
    expect(events.names()).toContain('session.changed');
    events.heard.length = 0;
    await api.call('session.lock', {});
    expect(events.names()).toEqual(['session.changed']);
    await api.call('session.signIn', { login: testSupervisor.login, secret: testSupervisor.secret });
    await api.call('session.signOut', {});
    expect(events.names()).toEqual(['session.changed', 'session.changed', 'session.changed']);
    // Nobody calls; the clock passes the idle time; the core's own look locks the desk and says so.
    await api.call('session.signIn', { login: testSupervisor.login, secret: testSupervisor.secret });
    events.heard.length = 0;
    clock = new Date(clock.getTime() + 4 * 60 * 60_000);
    await expect.poll(() => events.names(), { timeout: 5_000, interval: 50 }).toContain('session.changed');
    expect((await api.call('session.get', {})).state).toBe('locked');
    await core.close();
  });

  it('tell of a scan arriving in the scanner folder, with no file name or content in the event', async () => {
    const dir = tempDirForTest('events-scanner');
    const folder = join(dir, 'scans');
    mkdirSync(folder);
    const { core, api } = openCoreClient({ dataDir: join(dir, 'data'), scannerTiming: { stableMs: 200, graceMs: 2500, pollMs: 50 } });
    const events = listen(core);
    await api.call('scanner.setFolder', { folder });
    const arrived = events.next('scanner.changed');
    writeFileSync(join(folder, 'Әлия-scan.pdf'), await pdfBytes(1));
    expect(await arrived).toEqual({ event: 'scanner.changed', payload: {} });
    expect(JSON.stringify(events.heard)).not.toMatch(/Әлия|scan\.pdf/);
    await core.close();
  });

  it('tell of sync steps and of the feed applied, with counts only', async () => {
    const dir = tempDirForTest('events-sync');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    central.store.addChange('AST-01', 'booking', { booking: { date: '2026-12-01', time: '09:30', iin: '881224400009', name: 'Нұрғалиева Айгүл', service: 'age-pension', code: 'BK-7788' } });
    const { core, api } = openCoreClient({ dataDir: join(dir, 'desk'), syncTiming: timing });
    const events = listen(core);
    const applied = events.next('feed.applied');
    await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
    expect(await applied).toEqual({ event: 'feed.applied', payload: { bookings: 1, decisions: 0, catalogues: 0, staff: 0 } });
    expect(events.names()).toContain('sync.changed');
    expect(JSON.stringify(events.heard)).not.toContain('Нұрғалиева');
    // An application finished at the desk joins the queue: the Sync page hears of it at once.
    const queued = events.next('sync.changed');
    await queuedApplication(api, 1);
    await queued;
    await core.close();
    await central.close();
  });

  it('reach the browser harness as Server-Sent Events, for the holder of the token only', async () => {
    const dir = tempDirForTest('events-harness');
    const { core, api, ready } = openCoreClient({ dataDir: dir });
    await ready;
    const host = await startHarnessHost({ dispatch: core.dispatch, events: core.events, rendererDir: dir });
    try {
      const refused = await fetch(`http://127.0.0.1:${host.port}/events`);
      expect(refused.status).toBe(401);
      const stream = await fetch(`http://127.0.0.1:${host.port}/events`, { headers: { [TOKEN_HEADER]: host.token } });
      expect(stream.headers.get('content-type')).toBe('text/event-stream');
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      expect((await reader.read()).value).toBe(': open\n\n');
      await api.call('session.lock', {});
      expect((await reader.read()).value).toBe(`data: ${JSON.stringify({ event: 'session.changed', payload: {} })}\n\n`);
      await reader.cancel();
    } finally {
      await host.close();
      await core.close();
    }
  });
});
