import type { Handlers } from '../../../shared/contract/dispatch';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import type { CoreDeps } from '../core-deps';
import { currentCatalogue } from './current-catalogue';

export function createCatalogueHandlers({ catalogues }: Pick<CoreDeps, 'catalogues'>): Pick<Handlers, 'catalogue.current'> {
  return {
    'catalogue.current': (_input: ParsedInput<'catalogue.current'>): MethodOutput<'catalogue.current'> => currentCatalogue(catalogues),
  };
}
