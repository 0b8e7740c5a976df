/** What the settings feature offers the rest of the core; its other modules are its own. */
export { deskIdOf } from './desk-id';
export { createSettingsHandlers } from './settings-handlers';
export { readSettings } from './desk-settings-store';
