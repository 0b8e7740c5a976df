/** The app's areas in navigation order. A document belongs to its visit, so it is reached from there. */
export const areas = ['today', 'centre', 'intake', 'statements', 'sync', 'reports', 'settings', 'staff'] as const;
export type Area = (typeof areas)[number];

/** Areas for a supervisor: an operator sees them refused (the core refuses their calls anyway). */
export const supervisorAreas: readonly Area[] = ['settings', 'staff'];

