import { z } from 'zod';
import { districtSchema } from './district';
import { localizedSchema } from './localized';
import { receiverTypes } from './receiver-types';
import { seedDistricts } from './districts';
import { seedServices } from './services';
import { checklistItemSchema, standardSourceSchema } from './standard';

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

/**
 * A versioned catalogue: the services and the receiver directory (the districts of the
 * administrative classifier with the employment and social programmes body of each). Shipped as the
 * seed, replaced by newer versions from the central system through the feed.
 */
export const catalogueSchema = z
  .strictObject({
    version: z.number().int().positive(),
    services: z.array(serviceSchema).min(1).max(500),
    districts: z.array(districtSchema).min(1).max(2000),
  })
  .refine((catalogue) => new Set(catalogue.services.map((s) => s.code)).size === catalogue.services.length, {
    message: 'validation.duplicate_service_code',
  })
  .refine((catalogue) => new Set(catalogue.districts.map((d) => d.kato)).size === catalogue.districts.length, {
    message: 'validation.duplicate_district',
  });
export type ServiceCatalogue = z.infer<typeof catalogueSchema>;

// Version 2: checklists from the state standards and the district directory. A stored version 1
// no longer fits the schema and is skipped, so this seed takes over.
export const seedCatalogue: ServiceCatalogue = { version: 2, services: [...seedServices], districts: [...seedDistricts] };

/** The catalogue to use: an incoming one replaces the current only if its version is newer. */
export function newerCatalogue(current: ServiceCatalogue, incoming: ServiceCatalogue): ServiceCatalogue {
  return incoming.version > current.version ? incoming : current;
}

export function serviceByCode(catalogue: ServiceCatalogue, code: string) {
  return catalogue.services.find((service) => service.code === code);
}
