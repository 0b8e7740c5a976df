import { catalogueSchema, type ServiceCatalogue } from '../../../shared/catalogue/catalogue';
import type { Db } from './database';

/** Catalogue versions received from the central system; the newest stored one is in force. */
export type CatalogueRepository = {
  newest(): ServiceCatalogue | undefined;
  store(catalogue: ServiceCatalogue, at: string): void;
};

export function createCatalogueRepository(db: Db): CatalogueRepository {
  const newest = db.prepare<[], string>('SELECT body FROM catalogues ORDER BY version DESC LIMIT 1').pluck();
  const insert = db.prepare('INSERT INTO catalogues (version, body, stored_at) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING');
  return {
    newest: () => {
      const body = newest.get();
      // Stored bodies were validated on the way in; a damaged one is ignored, not trusted.
      if (body === undefined) return undefined;
      try {
        const parsed = catalogueSchema.safeParse(JSON.parse(body));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    store: (catalogue, at) => {
      insert.run(catalogue.version, JSON.stringify(catalogue), at);
    },
  };
}
