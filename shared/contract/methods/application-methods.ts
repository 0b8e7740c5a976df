import { z } from 'zod';
import { applicationDraftSchema } from '../../domain/application';
import { applicationDuplicateSchema, applicationIdSchema, applicationSchema } from '../../domain/application-record';
import { visitIdSchema, visitSchema } from '../../domain/visit';
import type { MethodSpec } from '../method-spec';

const withDuplicates = z.strictObject({
  application: applicationSchema,
  duplicates: z.array(applicationDuplicateSchema).max(50),
});

export const applicationMethods = {
  'applications.saveDraft': {
    input: z.strictObject({ id: applicationIdSchema, visitId: visitIdSchema, fields: applicationDraftSchema }),
    output: withDuplicates,
  },
  'applications.finish': {
    input: z.strictObject({ id: applicationIdSchema, fields: applicationDraftSchema }),
    output: withDuplicates,
  },
  'applications.correct': {
    input: z.strictObject({
      id: applicationIdSchema,
      reason: z.string().trim().min(1, { error: 'validation.required' }).max(500, { error: 'validation.too_long' }),
      fields: applicationDraftSchema,
    }),
    output: withDuplicates,
  },
  /**
   * The application is complete and ready to send: its visit is signed, and every required document
   * is attached or waived. Missing ones come back as issues at `['documents', item]`.
   */
  'applications.complete': {
    input: z.strictObject({ id: applicationIdSchema }),
    output: visitSchema,
  },
} as const satisfies Record<string, MethodSpec>;
