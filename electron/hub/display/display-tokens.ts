import { createHash, X509Certificate } from 'node:crypto';
import { HUB_DISPLAY_PATH, type DisplayToken } from '../../../shared/hub';
import { makeCredential, newDeviceId } from '../pairing';
import type { DeviceStore, HubDatabase } from '../storage';

/** The SHA-256 of the certificate's public key, base64: what Chromium's kiosk flag pins. */
export function spkiSha256(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/**
 * A hall display's credential: a device of the `display` role, which may only read the board, the
 * day and the events, and is revoked like any other device. The supervisor's page shows it as a
 * link (and its QR code) to open on the screen; pairing by code is for desks, where a person types.
 */
export function makeDisplayToken(database: HubDatabase, devices: DeviceStore, certificatePem: string, name: string, at: string): DisplayToken {
  const deviceId = newDeviceId();
  const { credential, secretSha256 } = makeCredential(deviceId);
  database.atomically(() => devices.put(deviceId, name, 'display', secretSha256, at));
  return { deviceId, token: credential, path: `${HUB_DISPLAY_PATH}#token=${credential}`, spkiSha256: spkiSha256(certificatePem) };
}
