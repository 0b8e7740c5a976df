import { createHash, randomInt } from 'node:crypto';
import { HubError, type HubOutput, type HubParsedInput, type HubRole } from '../../../shared/hub';
import { pairingKey, pairingProof, proofMatches } from '../../core/security';
import type { HubDatabase, DeviceStore } from '../storage';
import { makeCredential, newDeviceId } from './device-credentials';

const CODE_LIFETIME_MS = 10 * 60_000;
/** Wrong proofs in a row after which every live code is voided: guessing online gets nowhere. */
const FAILURES_BEFORE_VOID = 10;

export type PairingOptions = { database: HubDatabase; devices: DeviceStore; hubId: string; fingerprint: string; now: () => Date };

/**
 * Pairing codes and pairing (docs/hub-protocol.md): a supervisor asks for a code for a role, a
 * person types it at the desk, the desk proves it knows the code over the certificate it saw, and
 * receives its own credential with the hub's proof over the same. A code pairs one device, once.
 */
export function createPairing({ database, devices, hubId, fingerprint, now }: PairingOptions) {
  let failures = 0;
  return {
    newCode(role: HubRole): HubOutput<'pairingCode'> {
      const at = now();
      const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
      const expiresAt = new Date(at.getTime() + CODE_LIFETIME_MS).toISOString();
      database.atomically(() => devices.addCode(code, role, at.toISOString(), expiresAt));
      return { code: `${code.slice(0, 4)}-${code.slice(4)}`, role, expiresAt };
    },

    async pair(input: HubParsedInput<'pair'>): Promise<HubOutput<'pair'>> {
      const live = devices.liveCodes(now().toISOString());
      for (const { code, role } of live) {
        // scrypt runs off the event loop's thread: the hub goes on answering while it works.
        const key = await pairingKey(code, fingerprint);
        if (!proofMatches(pairingProof(key, 'desk', [fingerprint, input.nonce, input.deskName]), input.proof)) continue;
        const deviceId = newDeviceId();
        const { credential, secretSha256 } = makeCredential(deviceId);
        const at = now().toISOString();
        const paired = database.atomically(() => {
          devices.put(deviceId, input.deskName, role, secretSha256, at);
          // Another desk used the code a moment ago: this one's device row is rolled back with the refusal.
          if (!devices.useCode(code, deviceId, at)) throw new HubError('hub.pairing_refused');
          return true;
        });
        if (!paired) break;
        failures = 0;
        const credentialSha256 = createHash('sha256').update(credential).digest('hex');
        return { hubId, deviceId, role, credential, proof: pairingProof(key, 'hub', [fingerprint, input.nonce, deviceId, credentialSha256]) };
      }
      failures++;
      if (failures >= FAILURES_BEFORE_VOID) {
        database.atomically(() => devices.voidLiveCodes(now().toISOString()));
        failures = 0;
      }
      throw new HubError('hub.pairing_refused');
    },
  };
}
export type Pairing = ReturnType<typeof createPairing>;
