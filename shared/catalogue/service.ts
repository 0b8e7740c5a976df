import { z } from 'zod';
import { localizedSchema } from './localized';
import { receiverTypes } from './receiver-types';
import { checklistItemSchema, standardSourceSchema } from './standard';

/** One social-security service a centre takes applications for, with its state standard's documents. */
export const serviceSchema = z
  .strictObject({
    /** Stable across catalogue versions; applications and sync refer to services by it. */
    code: z.string().regex(/^[a-z0-9-]{2,64}$/),
    /** The number in the 2020 announcement, or null for services it only announced. */
    number: z.number().int().positive().nullable(),
    active: z.boolean(),
    receiverType: z.enum(receiverTypes),
    name: localizedSchema,
    /** The service pays money to the citizen: the statement carries the bank account. */
    payment: z.boolean(),
    /** The act the checklist was transcribed from; null where it could not be found (the desk says so). */
    standard: standardSourceSchema.nullable(),
    /** The documents of the service's state standard, in its order. */
    checklist: z
      .array(checklistItemSchema)
      .min(1)
      .max(40)
      .refine((items) => new Set(items.map((item) => item.code)).size === items.length, 'validation.duplicate_checklist_item')
      .refine((items) => items.some((item) => item.code === 'identity-document'), 'validation.identity_document_required')
      .refine((items) => items.every((item) => (item.requirement === 'conditional') === (item.condition !== null)), 'validation.condition_mismatch'),
  });
export type Service = z.infer<typeof serviceSchema>;
