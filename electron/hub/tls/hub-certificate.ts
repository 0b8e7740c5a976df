import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceSecretFile } from '../../core/durable-path';
import { bitString, boolean, explicit, integer, objectId, octetString, sequence, set, utcTime, utf8String } from './der';

export const CERTIFICATE_FILE = 'hub-tls.crt';
export const PRIVATE_KEY_FILE = 'hub-tls.key';

export type HubCertificate = { certificatePem: string; privateKeyPem: string; fingerprint: string };

const ecdsaWithSha256 = sequence(objectId('1.2.840.10045.4.3.2'));

/** The SHA-256 of a certificate's DER bytes, lowercase hex: what a desk pins. */
export function certificateFingerprint(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex');
}

const extension = (oid: string, critical: boolean, value: Buffer) => sequence(objectId(oid), ...(critical ? [boolean(true)] : []), octetString(value));

/**
 * A self-signed P-256 certificate for the hub's HTTPS. No authority vouches for it: each desk pins
 * its fingerprint at pairing, after the pairing code proved both ends saw the same one. Its
 * validity starts in 2020 so a desk whose clock runs behind the hub's still accepts it.
 */
export function makeSelfSignedCertificate(commonName: string): HubCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const name = sequence(set(sequence(objectId('2.5.4.3'), utf8String(commonName))));
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(Buffer.concat([Buffer.from([0x01]), randomBytes(15)])),
    ecdsaWithSha256,
    name,
    sequence(utcTime(new Date('2020-01-01T00:00:00Z')), utcTime(new Date('2049-12-31T23:59:59Z'))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(
      3,
      sequence(
        extension('2.5.29.19', true, sequence()),
        // digitalSignature only: ECDHE key exchange signs with the key.
        extension('2.5.29.15', true, bitString(Buffer.from([0x80]))),
        extension('2.5.29.37', false, sequence(objectId('1.3.6.1.5.5.7.3.1'))),
      ),
    ),
  );
  const der = sequence(tbs, ecdsaWithSha256, bitString(sign('sha256', tbs, privateKey)));
  const certificatePem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
  return { certificatePem, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, fingerprint: certificateFingerprint(der) };
}

/**
 * The hub's certificate, made at first start and kept in its data folder (the key 0600, written
 * durably): a hub that made a new one would be refused by every desk that pinned the old.
 */
export function loadOrMakeCertificate(dataDir: string, commonName: string): HubCertificate {
  const certificateFile = join(dataDir, CERTIFICATE_FILE);
  const keyFile = join(dataDir, PRIVATE_KEY_FILE);
  if (existsSync(certificateFile) && existsSync(keyFile)) {
    const certificatePem = readFileSync(certificateFile, 'utf8');
    const privateKeyPem = readFileSync(keyFile, 'utf8');
    const certificate = new X509Certificate(certificatePem);
    if (!certificate.checkPrivateKey(createPrivateKey(privateKeyPem))) throw new Error('hub certificate and key do not match');
    return { certificatePem, privateKeyPem, fingerprint: certificateFingerprint(certificate.raw) };
  }
  const made = makeSelfSignedCertificate(commonName);
  // The key first: a crash between the two leaves no certificate, and the next start makes both.
  replaceSecretFile(keyFile, Buffer.from(made.privateKeyPem, 'utf8'));
  replaceSecretFile(certificateFile, Buffer.from(made.certificatePem, 'utf8'));
  return made;
}
