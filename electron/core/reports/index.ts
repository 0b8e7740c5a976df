/** What the reports feature offers the rest of the core; its other modules are its own. */
export { createReportHandlers } from './report-handlers';
