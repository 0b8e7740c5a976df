import { randomUUID } from 'node:crypto';
import { connectToHub, pairWithHub, type HubConnection, type HubPairing } from '../../electron/core/hub-link';
import { startHub, type Hub } from '../../electron/hub/hub';
import type { CentreConfig, HubRole, HubWindow } from '../../shared/hub';

/** A hub on loopback in this process, in its own folder; closed when the test ends. */
export async function testHub(dataDir: string, now?: () => Date): Promise<Hub> {
  return startHub({ dataDir, host: '127.0.0.1', port: 0, now });
}

/** The hub's own supervisor credential as a desk would hold it, pinned to the hub's certificate. */
export function adminPairing(hub: Pick<Hub, 'url' | 'hubId' | 'fingerprint' | 'certificatePem' | 'adminCredential'>): HubPairing {
  return { url: hub.url, hubId: hub.hubId, fingerprint: hub.fingerprint, certificatePem: hub.certificatePem, deviceId: 'admin', role: 'supervisor', credential: hub.adminCredential };
}

/** Pairs a desk the way a person does: a code from the hub, typed at the desk. */
export async function pairedDesk(hub: Hub, deskName: string, role: HubRole = 'desk'): Promise<HubConnection> {
  const { code } = hub.newPairingCode(role);
  return connectToHub(await pairWithHub({ url: hub.url, code, deskName }));
}

export const centre: CentreConfig = {
  centreName: 'ХҚКО №1',
  groups: [
    { id: 'pensions', prefix: 'Б', name: { kk: 'Зейнетақылар', ru: 'Пенсии' }, services: ['age-pension'], fallback: false },
    { id: 'general', prefix: 'А', name: { kk: 'Жалпы', ru: 'Общие' }, services: [], fallback: true },
  ],
  priorityCategories: [{ code: 'disability', name: { kk: 'Мүгедектігі бар адам', ru: 'Лицо с инвалидностью' } }],
  rule: { order: ['transferred', 'priority', 'booked', 'walk_in'], earlyMinutes: 0, callsBeforeSetAside: 3 },
};

/** Sets the centre up as its supervisor would, with `count` windows serving every group. */
export async function setUpCentre(admin: HubConnection, count: number, config: CentreConfig = centre): Promise<HubWindow[]> {
  await admin.call('setCentre', { config });
  const windows: HubWindow[] = [];
  for (let n = 1; n <= count; n++) windows.push(await admin.call('setWindow', { window: { id: `w${n}`, label: `Терезе ${n}`, groups: config.groups.map((group) => group.id) } }));
  return windows;
}

/** A walk-in's ticket, as reception gives it. */
export const walkIn = (desk: HubConnection, service = 'disability-benefit', priority: string | null = null) =>
  desk.call('issueTicket', { requestId: randomUUID(), kind: 'walk_in', service, citizenName: null, iin: null, priority, operator: 'reception' });

export const callNext = (desk: HubConnection, windowId: string) => desk.call('callNext', { requestId: randomUUID(), windowId, operator: `op-${windowId}` });

export const act = (desk: HubConnection, action: 'callAgain' | 'notHere' | 'finish', windowId: string, ticketId: string) =>
  desk.call(action, { requestId: randomUUID(), windowId, ticketId, operator: `op-${windowId}` });
