import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { seedCatalogue, type ServiceCatalogue } from '../../../shared/catalogue/catalogue';
import { useApi } from '../api/api-context';

const CatalogueContext = createContext<ServiceCatalogue>(seedCatalogue);

/** The catalogue in force comes from the core (it may be newer than the seed the app shipped with). */
export function CatalogueProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [catalogue, setCatalogue] = useState<ServiceCatalogue>(seedCatalogue);
  useEffect(() => {
    api.call('catalogue.current', {}).then(setCatalogue, () => undefined);
  }, [api]);
  return <CatalogueContext.Provider value={catalogue}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue(): ServiceCatalogue {
  return useContext(CatalogueContext);
}
