import { z } from 'zod';
import { centreIdSchema, serverAddressSchema } from '../domain/sync';

/**
 * The hub's own link to the central system (docs/hub-protocol.md, "The hub and the central
 * system"): the hub is enrolled as a device of its centre and follows the centre's feed itself.
 * `state`: `not_linked` until a supervisor gives it an address, a centre and an enrolment code;
 * `idle` between pulls; `pulling` during one; `offline` while a retry is planned (the failure
 * says why); `error` when a person must act; `revoked` when the central system withdrew the hub's
 * credential (linking again with a new code resumes it).
 */
export const centralLinkStates = ['not_linked', 'idle', 'pulling', 'offline', 'error', 'revoked'] as const;
export type CentralLinkState = (typeof centralLinkStates)[number];

const instant = z.iso.datetime({ offset: true });
/** The desk's sync error code (shared/contract/errors.ts), which the desk translates. */
export const centralFailureSchema = z.string().regex(/^sync\.[a-z_]{1,40}$/);

export const centralLinkSchema = z.strictObject({
  state: z.enum(centralLinkStates),
  server: z.string().max(500).nullable(),
  centreId: z.string().max(32).nullable(),
  /** The last pull that read the feed to its end. */
  lastPullAt: instant.nullable(),
  failure: centralFailureSchema.nullable(),
  nextAttemptAt: instant.nullable(),
  /** Today's bookings the hub holds (from the feed, a desk or an import): a count, never whose. */
  bookingsToday: z.number().int().nonnegative(),
});
export type CentralLink = z.infer<typeof centralLinkSchema>;

export const setCentralSchema = z.strictObject({
  server: serverAddressSchema,
  centreId: centreIdSchema,
  enrolmentCode: z.string().trim().min(6).max(64),
});
