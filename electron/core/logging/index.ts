/** What the logging feature offers the rest of the core; its other modules are its own. */
export { openAppLog } from './app-log';
export type { AppLog } from './app-log';
export { createDiagnosticsHandlers } from './diagnostics-handlers';
