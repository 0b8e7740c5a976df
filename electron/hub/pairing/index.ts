/** Pairing codes, device credentials and the hub's own administrator credential. */
export { ADMIN_CREDENTIAL_FILE, ADMIN_DEVICE_ID, authenticate, ensureAdminCredential, makeCredential, newDeviceId } from './device-credentials';
export { createPairing } from './pairing';
export type { Pairing } from './pairing';
