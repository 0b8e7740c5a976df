import type { Handlers } from '../../../shared/contract/dispatch';
import { ApiError } from '../../../shared/contract/errors';
import type { HubDeskLink } from './hub-desk-link';

/**
 * The centre's figures for the Reports page, read from the hub each time the page asks (they are
 * the hub's to count: no desk holds the whole centre's day). A hub out of reach is an answer the
 * page shows plainly, not a failure of the page.
 */
export function createHubFiguresHandlers(link: HubDeskLink): Pick<Handlers, 'hub.figures'> {
  return {
    'hub.figures': async () => {
      if (link.pairing() === null) return { paired: false, figures: null, failure: null };
      try {
        return { paired: true, figures: await link.call('figures'), failure: null };
      } catch (error) {
        if (error instanceof ApiError) return { paired: true, figures: null, failure: error.code };
        throw error;
      }
    },
  };
}
