import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { HubError, HUB_PROTOCOL, type HubRole } from '../../shared/hub';
import { createCentralLink, type CentralFetch, type CentralTiming } from './central';
import { createDisplayPage, hallBoardOf, makeDisplayToken } from './display';
import { createPairing, ensureAdminCredential } from './pairing';
import { createCentreDay, type Actor } from './queue';
import { createEventStreams, createHubRouter, listenHttps, type HubHandlers } from './server';
import { createDeviceStore, createSettingsStore, openHubDatabase, type Device } from './storage';
import { loadOrMakeCertificate } from './tls';

/** How the hub reaches the central system: tests shorten the waits; `log` hears failures by code, never by whom. */
export type HubCentralOptions = { timing?: CentralTiming; fetch?: CentralFetch; log?: (line: string) => void };
export type HubOptions = {
  dataDir: string;
  host?: string;
  port?: number;
  now?: () => Date;
  central?: HubCentralOptions;
  /** The hall display's built page (`npm run build` makes out/hall-display, the default). */
  displayDir?: string;
};

// Two folders below the project's root both as sources (electron/hub) and bundled (out/main).
const defaultDisplayDir = resolve(import.meta.dirname, '../../out/hall-display');
export type Hub = Awaited<ReturnType<typeof startHub>>;

/**
 * The centre's hub: opens its database and certificate in the data folder (making both at first
 * start), and serves the protocol of docs/hub-protocol.md over HTTPS. Plain Node: it runs headless
 * (`npm run hub`) or, later, inside the app of the centre's reception or supervisor.
 */
export async function startHub({ dataDir, host = '127.0.0.1', port = 0, now = () => new Date(), central: centralOptions = {}, displayDir = defaultDisplayDir }: HubOptions) {
  mkdirSync(dataDir, { recursive: true });
  const database = openHubDatabase(dataDir);
  try {
    const settings = createSettingsStore(database.db);
    const devices = createDeviceStore(database.db);
    const hubId = database.atomically(() => {
      const known = settings.read('hub_id');
      if (typeof known === 'string') return known;
      const made = `hub-${randomBytes(4).toString('hex')}`;
      settings.write('hub_id', made);
      return made;
    });
    const certificate = loadOrMakeCertificate(dataDir, `Qabyldau hub ${hubId}`);
    const adminCredential = database.atomically(() => ensureAdminCredential(dataDir, devices, now().toISOString()));
    let wake = () => {};
    const day = createCentreDay({ database, hubId, now, onWrite: () => wake() });
    const streams = createEventStreams(day.stores.events);
    wake = streams.wake;
    const pairing = createPairing({ database, devices, hubId, fingerprint: certificate.fingerprint, now });
    const central = createCentralLink({ database, settings, centre: day.stores.centre, events: day.stores.events, now, onWrite: () => wake(), ...centralOptions });

    const actor = (caller: Device | null, operator?: string): Actor => ({ deviceId: caller!.id, operator: operator ?? caller!.name });
    const handlers: HubHandlers = {
      hello: () => ({ protocol: HUB_PROTOCOL, hubId, centreName: day.config().centreName }),
      pair: (_caller, input) => pairing.pair(input),
      day: () => day.snapshot(),
      putBookings: (caller, input) => day.putBookings(actor(caller), input),
      issueTicket: (caller, input) => day.issueTicket(actor(caller, input.operator), input),
      restore: (caller, input) => day.restore(actor(caller, input.operator), input),
      callNext: (caller, input) => day.callNext(actor(caller, input.operator), input),
      callAgain: (caller, input) => day.callAgain(actor(caller, input.operator), input),
      notHere: (caller, input) => day.notHere(actor(caller, input.operator), input),
      transfer: (caller, input) => day.transfer(actor(caller, input.operator), input),
      finish: (caller, input) => day.finish(actor(caller, input.operator), input),
      pairingCode: (_caller, input) => pairing.newCode(input.role),
      setCentre: (caller, input) => day.setCentre(actor(caller), input.config),
      setWindow: (caller, input) => day.setWindow(actor(caller), input.window),
      devices: () => ({ devices: devices.all().map(({ secretSha256: _secret, ...device }) => device) }),
      revokeDevice: (_caller, input) => {
        const at = now().toISOString();
        database.atomically(() => devices.revoke(input.deviceId, at));
        const device = devices.byId(input.deviceId);
        if (device === null) throw new HubError('hub.not_found');
        streams.endFor(device.id);
        const { secretSha256: _secret, ...shown } = device;
        return shown;
      },
      handOver: (caller, input) => day.handOver(actor(caller), input),
      conflicts: (caller) => day.conflictsOf(caller!.id),
      dayDecision: (_caller, input) => day.dayDecision(input.day),
      closeDay: (caller, input) => day.closeDay(actor(caller, input.operator), input),
      figures: () => day.figures(),
      central: () => central.state(),
      centralPull: () => central.pullNow(),
      setCentral: (_caller, input) => central.link(input),
      displayToken: (_caller, input) => makeDisplayToken(database, devices, certificate.certificatePem, input.name, now().toISOString()),
      board: () => hallBoardOf(day.snapshot()),
    };
    let server;
    try {
      server = await listenHttps(certificate, host, port, createHubRouter(handlers, devices, streams, createDisplayPage(displayDir)));
    } catch (error) {
      await central.close();
      throw error;
    }
    return {
      hubId,
      url: `https://${host.includes(':') ? `[${host}]` : host}:${server.port}`,
      port: server.port,
      fingerprint: certificate.fingerprint,
      certificatePem: certificate.certificatePem,
      /** The hub's own supervisor credential, also in `<data>/admin.credential`. */
      adminCredential,
      newPairingCode: (role: HubRole) => pairing.newCode(role),
      day,
      /** The hub's link to the central system (electron/hub/central). */
      central,
      close: async () => {
        streams.endAll();
        await server.close();
        await central.close();
        database.close();
      },
    };
  } catch (error) {
    database.close();
    throw error;
  }
}
