import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import type { CoreDeps } from '../core-deps';
import { currentCatalogue } from './current-catalogue';

export function createCatalogueHandlers({ catalogues }: CoreDeps) {
  return {
    'catalogue.current': (_input: ParsedInput<'catalogue.current'>): MethodOutput<'catalogue.current'> => currentCatalogue(catalogues),
  };
}
