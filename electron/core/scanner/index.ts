/** What the scanner feature offers the rest of the core; its other modules are its own. */
export { openScanner } from './scanner-handlers';
export type { ScannerTiming } from './scanner-inbox';
export { inboxWithEvents } from './inbox-events';
