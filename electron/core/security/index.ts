/** What the security feature offers the rest of the core; its other modules are its own. */
export { isSealed, newFileHeader, unseal } from './blob-cipher';
export { createRecoveryKeyHandlers } from './recovery-key-handlers';
export { STORE_KEY_FILE, keyFingerprint, keyFromRecoveryText, loadStoreKey, saveStoreKey } from './store-key';
export type { StoreKey } from './store-key';
export type { SecretProtector } from './secret-protector';
export { pairingKey, pairingProof, proofMatches } from './pairing-proof';
