/** What the hub link offers the rest of the core: pairing with the centre's hub, calling it, following its events. */
export { connectToHub } from './hub-connection';
export type { HubConnection } from './hub-connection';
export { followHubEvents } from './hub-events-follower';
export type { FollowOptions } from './hub-events-follower';
export { centralReason, HubFailure, retryable } from './hub-failure';
export { hubPairingFile, hubPairingSchema, pairWithHub } from './hub-pairing';
export type { HubPairing } from './hub-pairing';
