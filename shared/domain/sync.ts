import { z } from 'zod';
import { errorCodeSchema } from '../contract/errors';
import { visitStatuses } from './visit-workflow';

/**
 * What the Sync page shows. `connection` is the loop's own view: `offline` while the central system
 * cannot be reached and a retry is planned, `error` when the server refused something a retry
 * cannot mend (the code says what), `paused` when the operator paused sending, `tls_error` when the
 * network carries the requests but the server's certificate is not trusted (the code says why:
 * the clock, an unknown certification authority, another name; retried, but never called
 * offline), `revoked` when the central system withdrew the desk's credential or let it expire
 * (`lastError` says which) and only enrolling again resumes sending.
 */
const syncConnections = ['not_enrolled', 'idle', 'syncing', 'offline', 'error', 'paused', 'tls_error', 'revoked'] as const;

export const centreIdSchema = z.string().trim().regex(/^[A-Za-z0-9-]{1,32}$/, { error: 'validation.sync_centre' });
export const deskIdSchema = z.string().trim().regex(/^[A-Za-z0-9-]{1,16}$/, { error: 'validation.sync_desk' });
/** HTTPS only: plain HTTP is accepted for this machine alone (the reference server, a local proxy). */
export const serverAddressSchema = z
  .url({ protocol: /^https?$/, error: 'validation.sync_server' })
  .max(500, { error: 'validation.too_long' })
  .refine((url) => /^https:\/\//i.test(url) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i.test(url), { error: 'validation.sync_server' })
  .transform((url) => url.replace(/\/+$/, ''));

/**
 * Why the desk held an application back from the queue, so the others could go on: the central
 * system refused it on its own (could not read it, or too large) or refused one of its files (too
 * large, or its bytes not what they were named). Each is shown on the visit in the operator's language.
 */
export const quarantineKinds = ['unreadable', 'too_large', 'file_too_large', 'file_refused'] as const;
export type QuarantineKind = (typeof quarantineKinds)[number];

export const syncAttentionSchema = z.strictObject({
  visitId: z.uuid(),
  applicationId: z.uuid(),
  citizenName: z.string().max(200),
  status: z.enum(visitStatuses),
  /** The central system's words, shown as written. */
  reason: z.string().max(2000),
  /** Set when the desk held the application back; the page says why in the operator's language. */
  quarantine: z.enum(quarantineKinds).optional(),
  at: z.iso.datetime(),
});
export type SyncAttention = z.infer<typeof syncAttentionSchema>;

const syncSentSchema = z.strictObject({
  visitId: z.uuid(),
  citizenName: z.string().max(200),
  status: z.enum(visitStatuses),
  at: z.iso.datetime(),
});

export const syncStatusSchema = z.strictObject({
  connection: z.enum(syncConnections),
  server: z.string().max(500).nullable(),
  centreId: z.string().max(32).nullable(),
  deskId: z.string().max(16).nullable(),
  lastError: errorCodeSchema.nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  lastSuccessAt: z.iso.datetime().nullable(),
  queue: z.strictObject({ items: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
  batch: z
    .strictObject({ id: z.uuid(), items: z.number().int().positive(), bytes: z.number().int().nonnegative(), sentBytes: z.number().int().nonnegative() })
    .nullable(),
  attention: z.array(syncAttentionSchema).max(500),
  /** Applications that reached the central system, newest first. */
  recent: z.array(syncSentSchema).max(50),
  /** Staff accounts the feed carried without a valid central signature since enrolment: not applied. */
  staffRefused: z.strictObject({ count: z.number().int().positive(), at: z.iso.datetime() }).nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
