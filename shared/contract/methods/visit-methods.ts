import { z } from 'zod';
import { daySchema } from '../../domain/day';
import { applicationSchema } from '../../domain/application-record';
import { citizenNameSchema, iinSchema, visitEventSchema, visitIdSchema, visitSchema } from '../../domain/visit';
import type { MethodSpec } from '../method-spec';

export const MAX_VISITS_PER_DAY = 5000;
export const MAX_CHECK_IN_MATCHES = 20;

/**
 * Statuses an operator may move a visit to by hand. The others follow from what happens: printing
 * or exporting the statement, the signed scan, sync.
 */
export const manualStatuses = ['arrived', 'in_service', 'signed', 'cancelled', 'no_show'] as const;

const byId = z.strictObject({ id: visitIdSchema });

export const visitMethods = {
  'visits.listForDay': {
    input: z.strictObject({ day: daySchema }),
    output: z.strictObject({ visits: z.array(visitSchema).max(MAX_VISITS_PER_DAY) }),
  },
  'visits.logWalkIn': {
    input: z.strictObject({ id: visitIdSchema, citizenName: citizenNameSchema, iin: iinSchema.optional() }),
    output: visitSchema,
  },
  'visits.get': {
    input: byId,
    output: z.strictObject({ visit: visitSchema, events: z.array(visitEventSchema), application: applicationSchema.nullable() }),
  },
  'visits.findForCheckIn': {
    input: z.strictObject({ day: daySchema, query: z.string().trim().min(1).max(100) }),
    output: z.strictObject({ visits: z.array(visitSchema).max(MAX_CHECK_IN_MATCHES) }),
  },
  'visits.checkIn': {
    input: byId,
    output: visitSchema,
  },
  'visits.transition': {
    input: z.strictObject({ id: visitIdSchema, to: z.enum(manualStatuses), reason: z.string().trim().max(500).optional() }),
    output: visitSchema,
  },
  'visits.closeDay': {
    input: z.strictObject({ day: daySchema }),
    output: z.strictObject({ noShows: z.number().int().nonnegative() }),
  },
} as const satisfies Record<string, MethodSpec>;
