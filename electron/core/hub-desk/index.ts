/** The desk's side of the centre's hub: its standing link and the contract's hub methods. */
export { createHubDeskHandlers } from './hub-desk-handlers';
export { openHubDeskLink } from './hub-desk-link';
export type { HubDeskLink } from './hub-desk-link';
export { createHubFiguresHandlers } from './hub-figures-handlers';
export type { HallScreen } from './hall-screen';
