import { z } from 'zod';
import { bookingRowSchema } from '../../../shared/domain/booking';

/**
 * The answers of the central system as the client checks them (docs/sync-openapi.json is the
 * description both sides follow; tests/integration/sync-protocol.test.ts keeps the two in step).
 * Unknown fields are tolerated so the server can add to an answer without breaking older desks.
 */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const credentialSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/);

/** `centralKey`: the central system's Ed25519 public key (SPKI DER, base64), pinned with the credential. */
export const enrolmentSchema = z.object({
  deviceId: z.uuid(),
  credential: credentialSchema,
  centreId: z.string().max(32),
  deskId: z.string().max(16),
  centralKey: z.string().regex(/^[A-Za-z0-9+/]{40,400}={0,2}$/),
});

export const renewedCredentialSchema = z.object({ credential: credentialSchema });

export const itemResultSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  outcome: z.enum(['accepted', 'duplicate', 'rejected', 'missing_blobs', 'conflict']),
  reasons: z.array(z.object({ code: z.string().max(64), message: z.string().max(1000) })).max(20).optional(),
  missing: z.array(sha256).max(200).optional(),
});
export type ItemResult = z.infer<typeof itemResultSchema>;

export const batchResultSchema = z.object({ batchId: z.uuid(), results: z.array(itemResultSchema) });

export const missingBlobsSchema = z.object({ missing: z.array(sha256).max(1000) });

/** The body of a refusal; only its code is kept (the message is the server's, for its own logs). */
export const problemSchema = z.object({ code: z.string().max(64), message: z.string().max(1000).optional() });

export const decisionChangeSchema = z.object({
  seq: z.number().int().min(1),
  kind: z.literal('decision'),
  applicationId: z.uuid(),
  version: z.number().int().min(1),
  outcome: z.enum(['accepted', 'rejected', 'needs_information']),
  reason: z.string().max(1000).nullable().optional(),
  decidedAt: z.iso.datetime({ offset: true }),
});
export type DecisionChange = z.infer<typeof decisionChangeSchema>;

/**
 * An account the central system provisions for this centre's staff. The secret travels only as
 * its scrypt hash, in the format the desk stores (shared/domain/staff.ts: staffSecretHashSchema).
 * The signature is checked against the pinned central key (staff-signature.ts).
 */
const staffChangeSchema = z.object({
  seq: z.number().int().min(1),
  kind: z.literal('staff'),
  staff: z.unknown(),
  signature: z.unknown().optional(),
});
export type StaffChange = z.infer<typeof staffChangeSchema>;

const changeSchema = z.discriminatedUnion('kind', [
  z.object({ seq: z.number().int().min(1), kind: z.literal('booking'), booking: z.unknown() }),
  decisionChangeSchema,
  z.object({ seq: z.number().int().min(1), kind: z.literal('catalogue'), catalogue: z.unknown() }),
  staffChangeSchema,
]);
export type Change = z.infer<typeof changeSchema>;

/** Opaque to the desk: kept as given and sent back as `after`, never taken apart. */
export const feedCursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);

export const changePageSchema = z.object({
  changes: z.array(changeSchema).max(500),
  cursor: feedCursorSchema,
  more: z.boolean(),
});
export type ChangePage = z.infer<typeof changePageSchema>;

/** The sends of those asked about that the server holds from this desk (a restored server lacks some). */
export const heldApplicationsSchema = z.object({
  held: z.array(z.object({ id: z.uuid(), version: z.number().int().min(1) })).max(500),
});

/** Bookings are checked row by row with the import files' own rules (shared/domain/booking.ts). */
export const feedBookingSchema = bookingRowSchema;
