/** What the sync feature offers the rest of the core; its other modules are its own. */
export type { CentralFetch } from './central-connection';
export { credentialFile } from './device-credential';
export { queueForSending } from './outbox-item';
export { createSyncHandlers } from './sync-handlers';
export { createSyncLoop, defaultSyncTiming } from './sync-loop';
export type { SyncLoop, SyncTiming } from './sync-loop';
export { outboxWithEvents } from './outbox-events';
