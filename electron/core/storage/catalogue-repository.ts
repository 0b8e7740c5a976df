import { catalogueSchema, type ServiceCatalogue } from '../../../shared/catalogue/catalogue';
import type { Db } from './database';

/** Catalogue versions received from the central system; the newest stored one is in force. */
export type CatalogueRepository = {
  newest(): ServiceCatalogue | undefined;
  store(catalogue: ServiceCatalogue, at: string): void;
};

export function createCatalogueRepository(db: Db): CatalogueRepository {
  const newestFirst = db.prepare<[], string>('SELECT body FROM catalogues ORDER BY version DESC').pluck();
  const insert = db.prepare('INSERT INTO catalogues (version, body, stored_at) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING');
  const read = (): ServiceCatalogue | undefined => {
    // Bodies were validated on the way in; one damaged since is skipped, not trusted.
    for (const body of newestFirst.iterate()) {
      try {
        const parsed = catalogueSchema.safeParse(JSON.parse(body));
        if (parsed.success) return parsed.data;
      } catch {
        continue;
      }
    }
    return undefined;
  };
  // The catalogue (services and the district directory) is asked for on every checklist, attachment
  // and statement; it changes only through `store`, so it is read and checked once until then.
  let cached: { catalogue: ServiceCatalogue | undefined } | null = null;
  return {
    newest: () => (cached ??= { catalogue: read() }).catalogue,
    store: (catalogue, at) => {
      insert.run(catalogue.version, JSON.stringify(catalogue), at);
      cached = null;
    },
  };
}
