/** What the applications feature offers the rest of the core; its other modules are its own. */
export { createCompletionHandlers } from './application-completion';
export { createApplicationHandlers } from './application-handlers';
