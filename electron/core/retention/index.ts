/** What the retention feature offers the rest of the core; its other modules are its own. */
export { createRetentionHandlers } from './retention-handlers';
export { defaultRetentionTiming, openRetention } from './retention-job';
export type { RetentionTiming } from './retention-job';
