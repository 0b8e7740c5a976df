import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubRole } from '../../../shared/hub';
import { replaceSecretFile } from '../../core/durable-path';
import type { Device, DeviceStore } from '../storage';

/** Where the hub keeps its own supervisor credential (0600): whoever can read the hub's data folder administers it. */
export const ADMIN_CREDENTIAL_FILE = 'admin.credential';
export const ADMIN_DEVICE_ID = 'admin';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * A device's credential, `<device id>.<43 characters>`: 256 random bits, so the hub keeps only
 * their SHA-256 (a slow hash buys nothing against a secret nobody chose).
 */
export function makeCredential(deviceId: string): { credential: string; secretSha256: Buffer } {
  const secret = randomBytes(32).toString('base64url');
  return { credential: `${deviceId}.${secret}`, secretSha256: sha256(secret) };
}

export const newDeviceId = () => `d${randomBytes(6).toString('hex')}`;

/** The device an `Authorization: Bearer …` header names, if its secret matches and it is not revoked. */
export function authenticate(devices: DeviceStore, header: string | undefined): Device | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{43})$/.exec(header ?? '');
  if (!match) return null;
  const device = devices.byId(match[1]!);
  if (device === null || device.revokedAt !== null) return null;
  return timingSafeEqual(device.secretSha256, sha256(match[2]!)) ? device : null;
}

/**
 * The hub's own supervisor credential, made at first start (and again if its file is removed,
 * which voids the old one). `npm run hub` and the tests read it to set the centre up.
 */
export function ensureAdminCredential(dataDir: string, devices: DeviceStore, at: string): string {
  const file = join(dataDir, ADMIN_CREDENTIAL_FILE);
  if (existsSync(file)) {
    const credential = readFileSync(file, 'utf8').trim();
    if (authenticate(devices, `Bearer ${credential}`)?.id === ADMIN_DEVICE_ID) return credential;
  }
  const made = makeCredential(ADMIN_DEVICE_ID);
  devices.put(ADMIN_DEVICE_ID, 'hub administrator', 'supervisor' satisfies HubRole, made.secretSha256, at);
  replaceSecretFile(file, Buffer.from(made.credential, 'utf8'));
  return made.credential;
}
