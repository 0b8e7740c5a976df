/** What the dispatch feature offers the rest of the core; its other modules are its own. */
export { auditStep } from './audit-step';
export { errorMapping } from './error-mapping';
export type { FailureLog } from './error-mapping';
export { handlerCall } from './handler-call';
export { outputCheck } from './output-check';
export { parseCall } from './parse-call';
export { pipeline } from './pipeline';
export { logRefusal } from './refusal-log';
export { sessionGate } from './session-gate';
