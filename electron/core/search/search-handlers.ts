import type { Handlers } from '../../../shared/contract/dispatch';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { MAX_SEARCH_RESULTS } from '../../../shared/contract/methods/intake-methods';
import type { CoreDeps } from '../core-deps';

export function createSearchHandlers({ search }: Pick<CoreDeps, 'search'>): Pick<Handlers, 'search.visits'> {
  return {
    'search.visits': (criteria: ParsedInput<'search.visits'>): MethodOutput<'search.visits'> => ({
      visits: search.search(criteria, MAX_SEARCH_RESULTS),
    }),
  };
}
