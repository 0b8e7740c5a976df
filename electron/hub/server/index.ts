/** The hub's HTTPS server: routing by the shared route table, credentials, the event stream. */
export { createEventStreams } from './event-stream';
export type { EventStreams } from './event-stream';
export { createHubRouter } from './hub-router';
export type { HubHandlers } from './hub-router';
export { listenHttps } from './hub-server';
export type { HubServer } from './hub-server';
