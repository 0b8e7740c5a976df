/** What the search feature offers the rest of the core; its other modules are its own. */
export { createSearchHandlers } from './search-handlers';
