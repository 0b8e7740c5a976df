import { z } from 'zod';
import { citizenNameSchema, iinSchema } from '../../../shared/domain/visit';

/** The walk-in form validates with the contract's own field schemas; an empty IIN means "not given". */
export const walkInFormSchema = z.object({
  citizenName: citizenNameSchema,
  iin: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), iinSchema.optional()),
});

export type WalkInFormValues = { citizenName: string; iin: string };
