import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceSecretFile } from '../durable-path';
import type { SecretProtector } from './secret-protector';

export const STORE_KEY_FILE = 'store.key';
const KEY_BYTES = 32;

/**
 * The workstation's store key: it encrypts the database and wraps the key of every stored scan.
 * Made at first start from the system's random source. In the app the operating system seals it
 * (Electron safeStorage: DPAPI on Windows, bound to the Windows account); in the harness and tests
 * it sits in a file only the owner may read (0600). A supervisor keeps a copy as the recovery key.
 */
export type StoreKey = { key: Buffer; fingerprint: string };

/** Names a key without revealing it: what a backup manifest records. */
export function keyFingerprint(key: Buffer): string {
  return createHash('sha256').update('qabyldau store key').update(key).digest('hex').slice(0, 16);
}

export function loadStoreKey(dataDir: string, protector?: SecretProtector): StoreKey {
  const file = join(dataDir, STORE_KEY_FILE);
  if (existsSync(file)) {
    const bytes = readFileSync(file);
    const hex = protector ? protector.decrypt(bytes) : bytes.toString('utf8').trim();
    const key = Buffer.from(hex, 'hex');
    if (key.length !== KEY_BYTES) throw new Error('store key unreadable');
    return { key, fingerprint: keyFingerprint(key) };
  }
  mkdirSync(dataDir, { recursive: true });
  return saveStoreKey(dataDir, randomBytes(KEY_BYTES), protector);
}

/** Writes the key durably (temp file, fsync, rename, folder fsync); a restore adopts its snapshot's key. */
export function saveStoreKey(dataDir: string, key: Buffer, protector?: SecretProtector): StoreKey {
  const hex = key.toString('hex');
  replaceSecretFile(join(dataDir, STORE_KEY_FILE), protector ? protector.encrypt(hex) : Buffer.from(hex, 'utf8'));
  return { key, fingerprint: keyFingerprint(key) };
}

/** The recovery key as a supervisor writes it down: 64 hex digits in groups of four. */
export function recoveryKeyText(key: Buffer): string {
  return key.toString('hex').toUpperCase().match(/.{4}/g)!.join('-');
}

/** Reads a recovery key back as typed: spaces, dashes and case do not matter. */
export function keyFromRecoveryText(text: string): Buffer | null {
  const hex = text.replace(/[\s-]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;
}
