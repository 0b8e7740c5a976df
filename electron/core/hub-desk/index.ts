/** The desk's side of the centre's hub: its standing link and the contract's hub methods. */
export { createHubDeskHandlers } from './hub-desk-handlers';
export { openHubDeskLink } from './hub-desk-link';
export type { HubDeskLink } from './hub-desk-link';
export { createHandoverRunner } from './handover-runner';
export type { HandoverRunner } from './handover-runner';
export { createHubDayClose } from './hub-day-close';
export { createLocalDesk } from './local-tickets';
export { createCentreCopy } from './centre-copy';
export { createHubFiguresHandlers } from './hub-figures-handlers';
export type { HallScreen } from './hall-screen';
