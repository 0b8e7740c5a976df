/** The app's areas in navigation order; each later issue fills one of them in. */
export const areas = ['today', 'intake', 'documents', 'statements', 'sync', 'reports', 'settings'] as const;
export type Area = (typeof areas)[number];

