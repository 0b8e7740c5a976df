/**
 * Seals small secrets (the store key, the sync credential) with the operating system's keystore:
 * Electron's safeStorage (DPAPI on Windows) in the app; absent, they are 0600 files.
 */
export type SecretProtector = { encrypt(plain: string): Buffer; decrypt(sealed: Buffer): string };
