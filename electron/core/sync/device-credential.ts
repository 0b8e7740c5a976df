import { existsSync, readFileSync, rmSync } from 'node:fs';
import { replaceSecretFile } from '../durable-path';
import type { SecretProtector } from '../security';

/**
 * Keeps the device credential the central system issued at enrolment. The Electron app passes a
 * protector backed by `safeStorage` (DPAPI on Windows); the harness and tests keep it in a file
 * only the owner may read (0600). Never logged, never sent to the renderer.
 */
export type CredentialStore = { read(): string | null; write(credential: string): void; clear(): void };

export function credentialFile(path: string, protector?: SecretProtector): CredentialStore {
  // Read once: the loop and the Sync page ask often, and unsealing may call the OS.
  let known: string | null | undefined;
  return {
    read: () => {
      if (known !== undefined) return known;
      if (!existsSync(path)) return (known = null);
      const bytes = readFileSync(path);
      return (known = protector ? protector.decrypt(bytes) : bytes.toString('utf8'));
    },
    write: (credential) => {
      replaceSecretFile(path, protector ? protector.encrypt(credential) : Buffer.from(credential, 'utf8'));
      known = credential;
    },
    clear: () => {
      rmSync(path, { force: true });
      known = null;
    },
  };
}
