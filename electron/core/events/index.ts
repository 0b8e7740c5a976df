/** What the events feature offers the rest of the core; its other modules are its own. */
export { createEventBus } from './event-bus';
export type { EventBus, EventListener } from './event-bus';
