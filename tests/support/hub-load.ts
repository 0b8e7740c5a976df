import { randomUUID } from 'node:crypto';
import { connectToHub, pairWithHub, type HubConnection, type HubPairing } from '../../electron/core/hub-link';
import type { BookingRow } from '../../shared/domain/booking';
import { localDayOf } from '../../shared/domain/day';
import type { CentreConfig, DeskTicket, HubRole } from '../../shared/hub';
import { sampleIin } from './bookings-file';

/**
 * A busy centre for the load bench and the concurrency test: four service groups, windows serving
 * two groups each, and reception issuing a day's mix of walk-ins, bookings and priority tickets.
 */
export const busyCentre: CentreConfig = {
  centreName: 'ХҚКО №2',
  groups: [
    { id: 'pensions', prefix: 'Б', name: { kk: 'Зейнетақылар', ru: 'Пенсии' }, services: ['age-pension', 'basic-pension'], fallback: false },
    { id: 'benefits', prefix: 'В', name: { kk: 'Жәрдемақылар', ru: 'Пособия' }, services: ['disability-benefit'], fallback: false },
    { id: 'documents', prefix: 'Д', name: { kk: 'Құжаттар', ru: 'Документы' }, services: ['identity-card'], fallback: false },
    { id: 'general', prefix: 'А', name: { kk: 'Жалпы', ru: 'Общие' }, services: [], fallback: true },
  ],
  priorityCategories: [{ code: 'disability', name: { kk: 'Мүгедектігі бар адам', ru: 'Лицо с инвалидностью' } }],
  rule: { order: ['transferred', 'priority', 'booked', 'walk_in'], earlyMinutes: 0, callsBeforeSetAside: 3 },
};
const services = ['age-pension', 'basic-pension', 'disability-benefit', 'identity-card', 'other-service'];

/** Sets the busy centre up: window n serves groups n and n+1 (of four), so every group has windows. */
export async function setUpBusyCentre(admin: HubConnection, windows: number): Promise<string[]> {
  await admin.call('setCentre', { config: busyCentre });
  const ids: string[] = [];
  for (let n = 1; n <= windows; n++) {
    const groups = [busyCentre.groups[n % 4]!.id, busyCentre.groups[(n + 1) % 4]!.id];
    ids.push((await admin.call('setWindow', { window: { id: `w${n}`, label: `Терезе ${n}`, groups } })).id);
  }
  return ids;
}

/** A pairing code from the hub's supervisor, typed at a new desk: each desk its own credential. */
export async function pairVia(admin: HubConnection, url: string, deskName: string, role: HubRole = 'desk'): Promise<HubPairing> {
  const { code } = await admin.call('pairingCode', { role });
  return pairWithHub({ url, code, deskName });
}

/**
 * The n-th citizen of the day at reception: one in five booked (a slot already come, the booking
 * given with the check-in), one in twenty of a priority category, the rest walk-ins.
 */
export function issueNth(desk: HubConnection, n: number): Promise<DeskTicket> {
  const service = services[n % services.length]!;
  const priority = n % 20 === 7 ? 'disability' : null;
  if (n % 5 === 0) {
    const booking: BookingRow = { date: localDayOf(new Date()), time: '00:00', iin: sampleIin(n), name: `Азамат ${n}`, service, code: `LD-${String(n).padStart(6, '0')}` };
    return desk.call('issueTicket', { requestId: randomUUID(), kind: 'booked', bookingCode: booking.code, booking, priority, operator: 'reception' });
  }
  return desk.call('issueTicket', { requestId: randomUUID(), kind: 'walk_in', service, citizenName: null, iin: null, priority, operator: 'reception' });
}

/**
 * A hall display's view of the calls: every `ticket.called` (not "call again") it sees on the
 * stream, when it saw it, and any ticket called a second time.
 */
export function watchCalls(pairing: HubPairing, after: number) {
  const seen = new Map<string, { at: number; windowId: string }>();
  const twice: string[] = [];
  let connected = false;
  const follower = connectToHub(pairing).follow({
    after,
    onEvent: (event) => {
      if (event.event !== 'ticket.called' || event.payload.again) return;
      const at = performance.now();
      if (seen.has(event.payload.ticketId)) twice.push(event.payload.number);
      else seen.set(event.payload.ticketId, { at, windowId: event.payload.windowId });
    },
    onConnection: (state) => {
      connected = state.connected;
    },
  });
  return {
    seen,
    twice,
    connected: () => connected,
    /** Resolves once every one of `ticketIds` has been seen, or after `timeoutMs` with what was. */
    async until(ticketIds: Iterable<string>, timeoutMs = 10_000) {
      const wanted = [...ticketIds];
      const end = Date.now() + timeoutMs;
      while (Date.now() < end && !wanted.every((id) => seen.has(id))) await new Promise((resolve) => setTimeout(resolve, 10));
      return wanted.filter((id) => !seen.has(id));
    },
    close: () => follower.close(),
  };
}

/** The value below which `share` of the sorted values fall (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}
