import { newerCatalogue, seedCatalogue, type ServiceCatalogue } from '../../../shared/catalogue/catalogue';
import type { CatalogueRepository } from '../storage';

/** The catalogue in force: the newest one received from the central system, or the seed. */
export function currentCatalogue(catalogues: CatalogueRepository): ServiceCatalogue {
  const stored = catalogues.newest();
  return stored ? newerCatalogue(seedCatalogue, stored) : seedCatalogue;
}
