/** What the audit feature offers the rest of the core; its other modules are its own. */
export { createAuditHandlers } from './audit-handlers';
export { audit } from './audit-trail';
export { auditRowFor } from './audited-methods';
export type { AuditRow } from './audited-methods';
