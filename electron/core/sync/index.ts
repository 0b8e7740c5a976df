/** What the sync feature offers the rest of the core; its other modules are its own. */
export type { CentralFetch } from './central-connection';
export { credentialFile } from './device-credential';
export { queueForSending } from './outbox-item';
export { createSyncHandlers } from './sync-handlers';
export { createSyncLoop, defaultSyncTiming } from './sync-loop';
export type { SyncLoop, SyncTiming } from './sync-loop';
export { outboxWithEvents } from './outbox-events';
/** What the centre's hub reuses to follow its centre's feed as a device of its own (electron/hub/central). */
export { connectToCentral, SyncFailure } from './central-connection';
export type { CentralConnection } from './central-connection';
export type { CredentialStore } from './device-credential';
export { credentialRenewal, enrolmentRequestId, requestEnrolment, withdrawnCredential } from './enrolment';
export type { EnrolmentRequest } from './enrolment';
export { followFeed } from './feed-cursor';
export type { FeedPosition } from './feed-cursor';
export { isTlsFailure } from './network-failure';
export { defaultBackoff, retryDelay } from './retry-policy';
export type { Backoff } from './retry-policy';
export { EpochChanged } from './server-epoch';
export { feedBookingSchema } from './sync-protocol';
export type { ChangePage } from './sync-protocol';
export { wakeableSleep } from './wakeable-sleep';
