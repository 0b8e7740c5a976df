import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import type { CentralLink } from '../../../shared/hub';
import { centralReason } from '../hub-link';

/** The hub's link to the central system as the Centre page shows it: the failure translated like the Sync page's. */
export function centralShown(link: CentralLink | null): HubStatus['central'] {
  if (link === null) return null;
  return { state: link.state, lastPullAt: link.lastPullAt, failure: link.failure === null ? null : centralReason(link.failure), bookingsToday: link.bookingsToday };
}
