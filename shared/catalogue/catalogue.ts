import { z } from 'zod';
import { districtSchema } from './district';
import { seedDistricts } from './districts';
import { serviceSchema } from './service';
import { seedServices } from './services';

export type { Service } from './service';


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
