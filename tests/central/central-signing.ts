import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reference central system's Ed25519 key pair. Its public key is handed to each desk at
 * enrolment; staff accounts in the feed are signed with the private key, so a desk can tell an
 * account the central system published from one a man in the middle slipped in.
 *
 * The signed message is written out here on its own, from docs/sync-protocol.md, not borrowed from
 * the desk's code: the two sides agreeing is what the tests check.
 */
export type StaffAccount = { id: string; login: string; name: string; role: string; active: boolean; secretHash: string };
export type StaffSignature = { algorithm: 'Ed25519'; centreId: string; issuedAt: string; value: string };

const KEY_FILE = 'signing-key.pem';

export function staffMessage(centreId: string, issuedAt: string, staff: StaffAccount): Buffer {
  const lines = ['qabyldau-staff-v1', centreId, issuedAt, staff.id, staff.login, staff.name, staff.role, staff.active ? 'true' : 'false', staff.secretHash];
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Signs an account for one centre with any key: the central system's, or a forger's in a test. */
export function signStaffWith(privateKey: KeyObject, centreId: string, staff: StaffAccount, issuedAt = new Date().toISOString()): StaffSignature {
  return { algorithm: 'Ed25519', centreId, issuedAt, value: sign(null, staffMessage(centreId, issuedAt, staff), privateKey).toString('base64') };
}

/** The public half as the protocol carries it: SPKI DER, base64. */
export const publicKeyText = (key: KeyObject) => createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');

/** Loads the server's key pair from its data folder, making one on the first start. */
export function openCentralSigning(dataDir: string) {
  const path = join(dataDir, KEY_FILE);
  if (!existsSync(path)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  const privateKey = createPrivateKey(readFileSync(path));
  return {
    publicKey: publicKeyText(privateKey),
    signStaff: (centreId: string, staff: StaffAccount, issuedAt?: string) => signStaffWith(privateKey, centreId, staff, issuedAt),
  };
}
export type CentralSigning = ReturnType<typeof openCentralSigning>;
