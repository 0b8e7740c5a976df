import { z } from 'zod';
import { documentKinds, type DocumentKind } from './documents';
import { localizedSchema } from './localized';
import { receiverTypes } from './receiver-types';
import { seedServices } from './services';

export const serviceSchema = z.strictObject({
  /** Stable across catalogue versions; applications and sync refer to services by it. */
  code: z.string().regex(/^[a-z0-9-]{2,64}$/),
  /** The number in the 2020 announcement, or null for services it only announced. */
  number: z.number().int().positive().nullable(),
  active: z.boolean(),
  receiverType: z.enum(receiverTypes),
  name: localizedSchema,
  requiredDocuments: z
    .array(z.enum(Object.keys(documentKinds) as [DocumentKind, ...DocumentKind[]]))
    .refine((kinds) => kinds.includes('identity-document'), 'validation.identity_document_required'),
  /**
   * False while the service's own list from its state service standard (gov4c.kz, 1414) is not
   * transcribed: the checklist then asks only for what every service needs, and says so.
   */
  standardListKnown: z.boolean(),
});
export type Service = z.infer<typeof serviceSchema>;

/** A versioned service catalogue: shipped as the seed, replaced by newer ones from the central system. */
export const catalogueSchema = z
  .strictObject({ version: z.number().int().positive(), services: z.array(serviceSchema).min(1).max(500) })
  .refine((catalogue) => new Set(catalogue.services.map((s) => s.code)).size === catalogue.services.length, {
    message: 'validation.duplicate_service_code',
  });
export type ServiceCatalogue = z.infer<typeof catalogueSchema>;

export const seedCatalogue: ServiceCatalogue = { version: 1, services: [...seedServices] };

/** The catalogue to use: an incoming one replaces the current only if its version is newer. */
export function newerCatalogue(current: ServiceCatalogue, incoming: ServiceCatalogue): ServiceCatalogue {
  return incoming.version > current.version ? incoming : current;
}

export function serviceByCode(catalogue: ServiceCatalogue, code: string) {
  return catalogue.services.find((service) => service.code === code);
}
