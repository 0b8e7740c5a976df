import { z } from 'zod';
import { checkIin } from './iin';
import { visitStatuses } from './visit-workflow';

const visitKinds = ['booked', 'walk-in'] as const;
export type VisitKind = (typeof visitKinds)[number];


// Bounds keep a hostile or mistaken caller from filling the disk through one field.
const CITIZEN_NAME_MAX = 200;
const DESK_MAX = 32;

export const citizenNameSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(CITIZEN_NAME_MAX, { error: 'validation.too_long' })
  // Control characters never belong in a name and would corrupt printed statements.
  .regex(/^[^\p{Cc}]*$/u, { error: 'validation.control_characters' });

export const iinSchema = z
  .string({ error: 'validation.iin_format' })
  .max(12, { error: 'validation.iin_format' })
  .superRefine((value, ctx) => {
    const result = checkIin(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: `validation.iin_${result.rule}` });
  });

export const visitIdSchema = z.uuid({ version: 'v7', error: 'validation.visit_id' });

/** Why the system moved a visit; shown in the operator's language. */
export const visitEventCauses = [
  'print',
  'export',
  'day_closed',
  'application_corrected',
  'signed_scan',
  'sync_sent',
  'central_decision',
  'sync_rejected',
  'central_restored',
  // Held back from the queue by the desk, one cause per QuarantineKind (shared/domain/sync.ts).
  'quarantine_unreadable',
  'quarantine_too_large',
  'quarantine_file_too_large',
  'quarantine_file_refused',
] as const;
export type VisitEventCause = (typeof visitEventCauses)[number];

export const visitEventSchema = z.strictObject({
  at: z.iso.datetime(),
  actor: z.string().max(64),
  from: z.enum(visitStatuses).nullable(),
  to: z.enum(visitStatuses),
  /** What the operator typed, as typed. */
  reason: z.string().max(500).nullable(),
  cause: z.enum(visitEventCauses).nullable(),
});
export type VisitEvent = z.infer<typeof visitEventSchema>;

export const visitSchema = z.strictObject({
  id: visitIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  day: z.iso.date(),
  desk: z.string().max(DESK_MAX),
  kind: z.enum(visitKinds),
  citizenName: z.string().max(CITIZEN_NAME_MAX),
  iin: z.string().max(12).nullable(),
  status: z.enum(visitStatuses),
  /** Set for booked visits: the central system's booking code, the time slot and the service. */
  bookingCode: z.string().max(20).nullable(),
  slot: z.string().max(5).nullable(),
  serviceCode: z.string().max(64).nullable(),
});
export type Visit = z.infer<typeof visitSchema>;

/** IINs that more than one of these visits carries: the same citizen logged twice in a day. */
export function repeatedIins(visits: readonly Pick<Visit, 'iin' | 'status'>[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { iin, status } of visits) {
    if (iin === null || status === 'cancelled') continue;
    if (seen.has(iin)) repeated.add(iin);
    seen.add(iin);
  }
  return repeated;
}
