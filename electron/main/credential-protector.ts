import { safeStorage } from 'electron';
import type { SecretProtector } from '../core/security';

/**
 * The sync credential sealed by the operating system (DPAPI on Windows, the keychain on macOS,
 * libsecret on Linux). Where no such store exists the core falls back to a 0600 file.
 */
export function credentialProtector(): SecretProtector | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
}
