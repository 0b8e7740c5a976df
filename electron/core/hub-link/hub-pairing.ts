import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { hubRoles, hubRoutes, pairingCodeSchema } from '../../../shared/hub';
import { pairingKey, pairingProof, proofMatches, type SecretProtector } from '../security';
import { credentialFile } from '../sync';
import { HubFailure } from './hub-failure';
import { fingerprintOf, pinnedTls, requestJson, type HubPin } from './hub-https';

/** What a desk keeps after pairing: where the hub is, the certificate it pinned, its own credential. */
export const hubPairingSchema = z.strictObject({
  url: z.url({ protocol: /^https$/ }),
  hubId: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  certificatePem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
  deviceId: z.string(),
  role: z.enum(hubRoles),
  credential: z.string(),
});
export type HubPairing = z.infer<typeof hubPairingSchema>;

export const pinOf = (pairing: HubPairing): HubPin => ({ fingerprint: pairing.fingerprint, certificatePem: pairing.certificatePem });

const derToPem = (der: Buffer) => `-----BEGIN CERTIFICATE-----\n${der.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;

/**
 * Pairs this desk with the hub at `url` using the code shown on the hub (docs/hub-protocol.md).
 * The desk first reads the certificate the hub presents, then proves it knows the code over that
 * certificate's fingerprint, sends the proof only to that same certificate, and keeps the
 * credential only if the hub's own proof shows the hub knew the code and saw the same certificate.
 */
export async function pairWithHub({ url, code, deskName, timeoutMs = 10_000 }: { url: string; code: string; deskName: string; timeoutMs?: number }): Promise<HubPairing> {
  const digits = pairingCodeSchema.safeParse(code.replace(/\s/g, ''));
  if (!digits.success) throw new HubFailure('hub.pairing_refused');
  const base = new URL(url);
  if (base.protocol !== 'https:') throw new HubFailure('hub.unreachable');
  // Nothing secret goes with this first request: it only shows which certificate answers here.
  const hello = await requestJson(new URL(hubRoutes.hello.path, base), { method: 'GET', rejectUnauthorized: false, agent: false }, null, timeoutMs);
  if (hello.certificate === null) throw new HubFailure('hub.bad_answer');
  const pin: HubPin = { fingerprint: fingerprintOf(hello.certificate.raw), certificatePem: derToPem(hello.certificate.raw) };
  if (!hubRoutes.hello.output.safeParse(hello.body).success) throw new HubFailure('hub.bad_answer');

  const key = await pairingKey(digits.data, pin.fingerprint);
  const nonce = randomBytes(32).toString('hex');
  const body = JSON.stringify({ deskName, nonce, proof: pairingProof(key, 'desk', [pin.fingerprint, nonce, deskName]) });
  const answer = await requestJson(new URL(hubRoutes.pair.path, base), { method: 'POST', agent: false, ...pinnedTls(pin) }, body, timeoutMs);
  const paired = hubRoutes.pair.output.safeParse(answer.body);
  if (!paired.success) throw new HubFailure('hub.bad_answer');
  const { hubId, deviceId, role, credential, proof } = paired.data;
  const credentialSha256 = createHash('sha256').update(credential).digest('hex');
  if (!proofMatches(pairingProof(key, 'hub', [pin.fingerprint, nonce, deviceId, credentialSha256]), proof)) throw new HubFailure('hub.certificate_mismatch');
  return { url: base.origin, hubId, fingerprint: pin.fingerprint, certificatePem: pin.certificatePem, deviceId, role, credential };
}

/**
 * Keeps the pairing as the sync credential is kept: sealed by the operating system in the app, a
 * 0600 file in the harness and tests, written durably. The credential is never logged.
 */
export function hubPairingFile(path: string, protector?: SecretProtector) {
  const file = credentialFile(path, protector);
  return {
    read: (): HubPairing | null => {
      const text = file.read();
      if (text === null) return null;
      const parsed = hubPairingSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    },
    write: (pairing: HubPairing) => file.write(JSON.stringify(hubPairingSchema.parse(pairing))),
    clear: () => file.clear(),
  };
}
