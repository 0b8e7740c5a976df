import { z } from 'zod';

/**
 * What the audit log records. Each action names the kind of record it touched; the row holds the
 * record's id, never its values, so the log itself carries no personal data.
 */
export const auditActions = [
  'visit.created',
  'visit.viewed',
  'visit.changed',
  'visits.searched',
  'bookings.imported',
  'application.changed',
  'application.finished',
  'application.corrected',
  'application.completed',
  'attachment.added',
  'attachment.viewed',
  'attachment.changed',
  'attachment.removed',
  'attachment.waived',
  'attachments.exported',
  'statement.exported',
  'statement.printed',
  'sync.enrolled',
  'sync.requested',
  'sync.paused',
  'sync.credential_renewed',
  'sync.revoked',
  'settings.changed',
  'setup.finished',
  'report.exported',
  'report.printed',
  'backup.made',
  'backup.failed',
  'backup.restored',
  'diagnostics.collected',
  'signin.succeeded',
  'signin.failed',
  'signin.locked_out',
  'signin.refused_locked',
  'signout',
  'session.locked',
  'access.refused',
  'staff.created',
  'staff.changed',
  'staff.secret_reset',
  'staff.unlocked',
  'staff.provisioned',
  'staff.refused',
  'retention.removed',
  'recovery_key.viewed',
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * The kinds of record an audit row can name. `workstation` is what rows of earlier releases called
 * both the desk's enrolment and its settings; a chained row is never rewritten, so it stays readable.
 */
export const auditRecordKinds = ['visit', 'application', 'attachment', 'backup', 'bookings', 'day', 'diagnostics', 'method', 'report', 'search', 'staff', 'store_key', 'sync', 'desk', 'settings', 'workstation'] as const;
export type AuditRecordKind = (typeof auditRecordKinds)[number];

export const auditEntrySchema = z.strictObject({
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  actor: z.string().max(80),
  action: z.enum(auditActions),
  recordKind: z.string().max(40).nullable(),
  recordId: z.string().max(80).nullable(),
  /** Names of what changed (setting keys, a report's day), never values a citizen gave. */
  detail: z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean(), z.array(z.string().max(80)).max(40)])).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The chain's verdict: every row links to the one before, or the first row where it breaks. */
export const auditVerdictSchema = z.strictObject({
  rows: z.number().int().nonnegative(),
  intact: z.boolean(),
  firstBrokenSeq: z.number().int().positive().nullable(),
});
export type AuditVerdict = z.infer<typeof auditVerdictSchema>;
