import { z } from 'zod';
import { catalogueSchema } from '../../catalogue/catalogue';
import { visitStatuses } from '../../domain/visit-workflow';
import { visitSchema } from '../../domain/visit';
import { fieldIssueSchema } from '../errors';
import type { MethodSpec } from '../method-spec';

/** Half a million characters: a day's bookings for a large centre is a few hundred rows. */
const MAX_IMPORT_CHARS = 500_000;
export const MAX_SEARCH_RESULTS = 200;

export const intakeMethods = {
  'bookings.import': {
    input: z.strictObject({ format: z.enum(['csv', 'json']), content: z.string().max(MAX_IMPORT_CHARS) }),
    output: z.strictObject({
      added: z.number().int().nonnegative(),
      updated: z.number().int().nonnegative(),
      unchanged: z.number().int().nonnegative(),
      rejected: z.array(z.strictObject({ row: z.number().int().positive(), issues: z.array(fieldIssueSchema) })),
    }),
  },
  'catalogue.current': {
    input: z.strictObject({}),
    output: catalogueSchema,
  },
  'search.visits': {
    input: z.strictObject({
      text: z.string().trim().max(100).optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      serviceCode: z.string().max(64).optional(),
      status: z.enum(visitStatuses).optional(),
    }),
    output: z.strictObject({ visits: z.array(visitSchema).max(MAX_SEARCH_RESULTS) }),
  },
} as const satisfies Record<string, MethodSpec>;
