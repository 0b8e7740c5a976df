import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectToHub, pairWithHub, type HubConnection, type HubPairing } from '../../electron/core/hub-link';
import { HUB_DATABASE_FILE } from '../../electron/hub/storage';
import { bundledFixture } from '../support/bundled-fixture';
import { centre } from '../support/hub';
import { processAdminPairing, startHubProcess } from '../support/hub-process';
import { tempDir } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

const rounds = Number(process.env.HUB_KILL_ROUNDS ?? 12);
const WINDOWS = 4;
let runner = '';

beforeAll(async () => {
  runner = await bundledFixture('hub-runner.ts');
}, 60_000);

type Pending = { route: 'issueTicket' | 'callNext' | 'finish'; input: Record<string, unknown> };
type Acknowledged = { tickets: Map<string, string>; calls: Map<string, string>; finished: Set<string> };

/**
 * One window's desk: issues a walk-in, calls next, finishes, again and again, recording what the hub
 * acknowledged. A request the kill cut off stays pending and is sent again, with the same request
 * id, once the hub is back, as a desk does.
 */
function windowWorker(windowId: string, acknowledged: Acknowledged) {
  let pending: Pending | null = null;
  let called: string | null = null;
  const operator = `op-${windowId}`;
  async function send(desk: HubConnection, request: Pending) {
    pending = request;
    const answer = await (desk.call as (route: string, input: unknown) => Promise<unknown>)(request.route, request.input);
    pending = null;
    if (request.route === 'issueTicket') {
      const ticket = answer as { id: string; number: string };
      acknowledged.tickets.set(ticket.id, ticket.number);
    } else if (request.route === 'callNext') {
      const { ticket } = answer as { ticket: { id: string } | null };
      if (ticket) acknowledged.calls.set(ticket.id, windowId);
      called = ticket?.id ?? null;
    } else {
      acknowledged.finished.add(request.input.ticketId as string);
      called = null;
    }
  }
  return {
    /** Sends what the last kill cut off, with its request id. */
    resend: async (desk: HubConnection) => {
      if (pending) await send(desk, pending);
    },
    work: async (desk: HubConnection) => {
      try {
        if (pending) await send(desk, pending);
        for (;;) {
          if (called) await send(desk, { route: 'finish', input: { requestId: randomUUID(), windowId, ticketId: called, operator } });
          const walkIn = { requestId: randomUUID(), kind: 'walk_in', service: 'disability-benefit', citizenName: null, iin: null, priority: null, operator };
          await send(desk, { route: 'issueTicket', input: walkIn });
          await send(desk, { route: 'callNext', input: { requestId: randomUUID(), windowId, operator } });
        }
      } catch (error) {
        // Only the kill ends a round: the hub refused nothing.
        expect((error as { code?: string }).code).toBe('hub.unreachable');
      }
    },
  };
}

describe('the hub through crashes', () => {
  it(`loses nothing it acknowledged when SIGKILLed ${rounds} times mid-day`, async () => {
    const dataDir = join(tempDir('hub-crash'), 'hub');
    let hub = await startHubProcess(runner, dataDir);
    const at = (pairing: HubPairing, port: number) => connectToHub({ ...pairing, url: `https://127.0.0.1:${port}` }, { timeoutMs: 5_000 });
    const adminPairing = processAdminPairing(dataDir, hub.port);
    const admin = at(adminPairing, hub.port);
    await admin.call('setCentre', { config: centre });
    const desks: HubPairing[] = [];
    for (let n = 1; n <= WINDOWS; n++) {
      await admin.call('setWindow', { window: { id: `w${n}`, label: `Терезе ${n}`, groups: ['general', 'pensions'] } });
      const { code } = await admin.call('pairingCode', { role: 'desk' });
      desks.push(await pairWithHub({ url: `https://127.0.0.1:${hub.port}`, code, deskName: `Терезе ${n}` }));
    }
    admin.close();

    const acknowledged: Acknowledged = { tickets: new Map(), calls: new Map(), finished: new Set() };
    const workers = desks.map((_, i) => windowWorker(`w${i + 1}`, acknowledged));
    for (let round = 0; round < rounds; round++) {
      const connections = desks.map((pairing) => at(pairing, hub.port));
      const killed = new Promise<void>((resolve) => setTimeout(() => resolve(void hub.child.kill('SIGKILL')), 100 + Math.floor(Math.random() * 500)));
      await Promise.all([killed, ...workers.map((worker, i) => worker.work(connections[i]!))]);
      await hub.exited;
      for (const connection of connections) connection.close();
      hub = await startHubProcess(runner, dataDir);
    }
    // The last start: every desk sends what the last kill cut off, then the day is read back.
    const finalConnections = desks.map((pairing) => at(pairing, hub.port));
    const finalAdmin = at(adminPairing, hub.port);
    await Promise.all(workers.map((worker, i) => worker.resend(finalConnections[i]!)));
    const day = await finalAdmin.call('day');
    for (const connection of [...finalConnections, finalAdmin]) connection.close();
    hub.child.kill('SIGKILL');
    await hub.exited;

    expect(acknowledged.tickets.size).toBeGreaterThan(rounds * 2);
    const held = new Map(day.tickets.map((ticket) => [ticket.id, ticket]));
    // Every acknowledged ticket is there with the number the desk was told, and (each cut-off
    // request sent again with its id) no ticket is there that no desk was told of.
    expect(day.tickets).toHaveLength(acknowledged.tickets.size);
    for (const [id, number] of acknowledged.tickets) expect(held.get(id)?.number, id).toBe(number);
    // Every acknowledged call is there at the window it was made at; every acknowledged finish too.
    for (const [id, windowId] of acknowledged.calls) expect(held.get(id)?.windowId, id).toBe(windowId);
    for (const id of acknowledged.finished) expect(held.get(id)?.status, id).toBe('finished');
    // Numbers were neither lost nor given twice: А-001 … А-n, each once.
    const numbers = day.tickets.map((ticket) => ticket.number).sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => `А-${String(i + 1).padStart(3, '0')}`));

    const db = openWorkstationDb(join(dataDir, HUB_DATABASE_FILE), dataDir, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // No ticket was ever called at two windows, or twice.
    expect(db.prepare(`SELECT ticket_id FROM ticket_events WHERE kind = 'called' GROUP BY ticket_id HAVING count(*) > 1`).all()).toEqual([]);
    // Every call the hub stored was also told on the event stream (what the hall display reads).
    const told = db.prepare<[], { payload: string }>(`SELECT payload FROM events WHERE type = 'ticket.called'`).all().map((row) => (JSON.parse(row.payload) as { ticketId: string }).ticketId);
    const stored = db.prepare<[], { ticket_id: string }>(`SELECT ticket_id FROM ticket_events WHERE kind = 'called' ORDER BY seq`).all().map((row) => row.ticket_id);
    expect(told).toEqual(stored);
    db.close();
  }, 300_000);
});
