import { createHmac, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Pairing a desk with the centre's hub: both ends prove they know the one-time code the hub shows
 * AND saw the same TLS certificate, without the code crossing the wire. A machine in the middle
 * presents its own certificate, so the desk's proof (made over that certificate's fingerprint)
 * fails at the hub, and it cannot make the hub's proof for the desk without the code. The key is
 * stretched with scrypt so guessing the code from a captured proof costs hours, and the code
 * lives ten minutes (docs/hub-protocol.md, "Pairing and pinning").
 */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export function pairingKey(code: string, fingerprint: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(code, `qabyldau hub pairing ${fingerprint}`, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A proof from one side, over the parts both know; the side is in it so one cannot be replayed as the other. */
export function pairingProof(key: Buffer, side: 'desk' | 'hub', parts: readonly string[]): string {
  return createHmac('sha256', key).update([side, ...parts].join('\n')).digest('hex');
}

export function proofMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(given, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
