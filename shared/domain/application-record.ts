import { z } from 'zod';
import { applicationDraftSchema } from './application';

export const applicationIdSchema = z.uuid({ version: 'v7', error: 'validation.application_id' });

/** An application as stored: its fields as last saved, and what finishing derived from them. */
export const applicationSchema = z.strictObject({
  id: applicationIdSchema,
  visitId: z.uuid(),
  state: z.enum(['draft', 'finished']),
  /** Starts at 1; each recorded correction of a finished application adds one. */
  version: z.number().int().positive(),
  fields: applicationDraftSchema,
  birthDate: z.iso.date().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  receiverOverridden: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type Application = z.infer<typeof applicationSchema>;

/** Another open application of the same citizen for the same service, shown before a duplicate is made. */
export const applicationDuplicateSchema = z.strictObject({
  applicationId: applicationIdSchema,
  visitId: z.uuid(),
  day: z.iso.date(),
  state: z.enum(['draft', 'finished']),
});
