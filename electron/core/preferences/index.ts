/** What the preferences feature offers the rest of the core; its other modules are its own. */
export { createPreferenceHandlers } from './preference-handlers';
