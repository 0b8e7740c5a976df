/** The app's areas in navigation order; each later issue fills one of them in. */
export const areas = ['today', 'intake', 'documents', 'statements', 'sync', 'reports', 'settings', 'staff'] as const;
export type Area = (typeof areas)[number];

/** Areas for a supervisor: an operator sees them refused (the core refuses their calls anyway). */
export const supervisorAreas: readonly Area[] = ['settings', 'staff'];

