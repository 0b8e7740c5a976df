/** What the visits feature offers the rest of the core; its other modules are its own. */
export { moveVisit, requireVisit } from './move-visit';
export { createVisitHandlers } from './visit-handlers';
