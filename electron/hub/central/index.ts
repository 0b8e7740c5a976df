/** The hub's own link to the central system: it follows its centre's feed as a device of the centre. */
export { createCentralLink, defaultCentralTiming, HUB_DESK_ID } from './central-link';
export type { CentralLinkRunner, CentralTiming } from './central-link';
export { bookingsOfPage } from './feed-bookings';
export type { CentralFetch } from '../../core/sync';
