/** The hub's HTTPS certificate: self-signed, made once, pinned by each desk. */
export { certificateFingerprint, loadOrMakeCertificate, makeSelfSignedCertificate, CERTIFICATE_FILE, PRIVATE_KEY_FILE } from './hub-certificate';
export type { HubCertificate } from './hub-certificate';
