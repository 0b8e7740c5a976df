import { randomBytes } from 'node:crypto';
import type { CredentialStore, FeedPosition } from '../../core/sync';
import type { HubDatabase, SettingsStore } from '../storage';

/** Where the hub's link to the central system stands, one key a fact in the hub's settings table. */
const KEYS = {
  server: 'central.server',
  centre: 'central.centre',
  device: 'central.device',
  credential: 'central.credential',
  cursor: 'central.cursor',
  epoch: 'central.epoch',
  revoked: 'central.revoked',
  lastPullAt: 'central.lastPullAt',
  secret: 'central.secret',
} as const;

type KeptCredential = { credential: string; centralKey: string | null };

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * The hub's side of what a desk keeps in its settings and credential file. The credential lives in
 * the hub's database (encrypted with the hub's store key, synchronous=FULL), so a credential the
 * central system issued or renewed is durable before any request carries it, like the desk's file.
 */
export function centralSettings(database: HubDatabase, settings: SettingsStore) {
  const read = (key: string) => settings.read(key);
  const write = (key: string, value: unknown) => database.atomically(() => settings.write(key, value));
  const kept = () => {
    const value = read(KEYS.credential) as KeptCredential | null | undefined;
    return value && typeof value.credential === 'string' ? value : null;
  };

  const credential: CredentialStore = {
    read: () => kept()?.credential ?? null,
    centralKey: () => kept()?.centralKey ?? null,
    write: (next, centralKey) => write(KEYS.credential, { credential: next, centralKey: centralKey === undefined ? (kept()?.centralKey ?? null) : centralKey }),
    clear: () => write(KEYS.credential, null),
  };

  return {
    credential,
    server: () => text(read(KEYS.server)),
    centre: () => text(read(KEYS.centre)),
    epoch: () => text(read(KEYS.epoch)),
    revoked: () => text(read(KEYS.revoked)),
    lastPullAt: () => text(read(KEYS.lastPullAt)),
    /** Called inside the page's transaction: the cursor moves with the bookings it brought. */
    setCursor: (cursor: string) => settings.write(KEYS.cursor, cursor),
    position: { cursor: () => text(read(KEYS.cursor)), forget: () => write(KEYS.cursor, null) } satisfies FeedPosition,
    /** A new epoch: the restored feed has other positions, so it is read again from its snapshot. */
    settleEpoch: (epoch: string) =>
      database.atomically(() => {
        settings.write(KEYS.cursor, null);
        settings.write(KEYS.epoch, epoch);
      }),
    pulled: (at: string) => write(KEYS.lastPullAt, at),
    /** The central system withdrew the credential: kept across restarts until a supervisor links the hub again. */
    withdraw: (code: string) =>
      database.atomically(() => {
        settings.write(KEYS.revoked, code);
        settings.write(KEYS.credential, null);
      }),
    /** A new link: another server's (or a restored one's) feed is read from its start. */
    link: (server: string, centreId: string, deviceId: string, issued: KeptCredential) =>
      database.atomically(() => {
        if (text(settings.read(KEYS.server)) !== server || text(settings.read(KEYS.centre)) !== centreId) {
          settings.write(KEYS.cursor, null);
          settings.write(KEYS.epoch, null);
        }
        settings.write(KEYS.server, server);
        settings.write(KEYS.centre, centreId);
        settings.write(KEYS.device, deviceId);
        settings.write(KEYS.credential, issued);
        settings.write(KEYS.revoked, null);
      }),
    /** The hub's own secret behind its enrolment request ids (enrolmentRequestId): made once. */
    secret: () =>
      database.atomically(() => {
        const known = text(settings.read(KEYS.secret));
        if (known !== null) return Buffer.from(known, 'hex');
        const made = randomBytes(32);
        settings.write(KEYS.secret, made.toString('hex'));
        return made;
      }),
  };
}
export type CentralSettings = ReturnType<typeof centralSettings>;
