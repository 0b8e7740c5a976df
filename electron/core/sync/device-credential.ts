import { existsSync, readFileSync, rmSync } from 'node:fs';
import { replaceSecretFile } from '../durable-path';
import type { SecretProtector } from '../security';

/**
 * Keeps the device credential the central system issued at enrolment, and beside it, in the same
 * file, the central system's public key pinned at enrolment: a rotation replaces the credential and
 * keeps the key, so both are always written together and a crash leaves one whole pair. The
 * Electron app passes a protector backed by `safeStorage` (DPAPI on Windows); the harness and tests
 * keep it in a file only the owner may read (0600). Never logged, never sent to the renderer.
 */
export type CredentialStore = {
  read(): string | null;
  /** The central system's Ed25519 key (SPKI DER, base64); null for a desk enrolled before keys were pinned. */
  centralKey(): string | null;
  /** Durable when it returns. Without `centralKey` the pinned key is kept. */
  write(credential: string, centralKey?: string | null): void;
  clear(): void;
};

type Stored = { credential: string; centralKey: string | null };

/** Releases before the key was pinned kept the bare credential. */
function parse(text: string): Stored {
  if (!text.startsWith('{')) return { credential: text, centralKey: null };
  const stored = JSON.parse(text) as Partial<Stored>;
  return { credential: String(stored.credential), centralKey: typeof stored.centralKey === 'string' ? stored.centralKey : null };
}

export function credentialFile(path: string, protector?: SecretProtector): CredentialStore {
  // Read once: the loop and the Sync page ask often, and unsealing may call the OS.
  let known: Stored | null | undefined;
  const current = () => {
    if (known !== undefined) return known;
    if (!existsSync(path)) return (known = null);
    const bytes = readFileSync(path);
    return (known = parse(protector ? protector.decrypt(bytes) : bytes.toString('utf8')));
  };
  return {
    read: () => current()?.credential ?? null,
    centralKey: () => current()?.centralKey ?? null,
    write: (credential, centralKey) => {
      const next = { credential, centralKey: centralKey === undefined ? (current()?.centralKey ?? null) : centralKey };
      const text = JSON.stringify(next);
      replaceSecretFile(path, protector ? protector.encrypt(text) : Buffer.from(text, 'utf8'));
      known = next;
    },
    clear: () => {
      rmSync(path, { force: true });
      known = null;
    },
  };
}
