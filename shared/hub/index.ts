/** The centre's hub: its set-up, tickets, calling rule, events and HTTP protocol, shared by the hub and the desks. */
export * from './centre-config';
export * from './ticket';
export * from './calling-rule';
export * from './hub-errors';
export * from './hub-events';
export * from './hub-routes';
export * from './handover';
export * from './day-figures';
export * from './expected-wait';
export * from './central-link';
export * from './hall-board';
export * from './hall-display';
