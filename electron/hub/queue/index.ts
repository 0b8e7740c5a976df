/** The centre's day: tickets, the calling rule applied at each window, and the events telling of them. */
export { createCentreDay } from './centre-day';
export type { CentreDay } from './centre-day';
export type { Actor } from './day-context';
