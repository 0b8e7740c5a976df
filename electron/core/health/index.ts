/** What the health feature offers the rest of the core; its other modules are its own. */
export { createHealthHandlers } from './health-handlers';
export { defaultIntegrityTiming, watchIntegrity } from './integrity-watch';
export type { IntegrityTiming, IntegrityWatch } from './integrity-watch';
