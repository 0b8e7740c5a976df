/** What the staff feature offers the rest of the core; its other modules are its own. */
export { createDeskSession } from './desk-session';
export type { DeskSession, LockCause } from './desk-session';
export { createSessionHandlers } from './session-handlers';
export { createStaffHandlers } from './staff-handlers';
export { supervisorApproval } from './supervisor-approval';
