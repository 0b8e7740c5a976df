/** What the hub's storage offers the rest of the hub; only this folder runs SQL. */
export { HUB_DATABASE_FILE, openHubDatabase } from './hub-database';
export type { HubDatabase } from './hub-database';
export { hubMigrations } from './migrations';
export { createCentreStore } from './centre-store';
export type { CentreStore } from './centre-store';
export { createDeviceStore } from './device-store';
export type { Device, DeviceStore } from './device-store';
export { createEventStore } from './event-store';
export type { EventStore, StoredEvent } from './event-store';
export { createRequestStore } from './request-store';
export type { RequestStore } from './request-store';
export { createSettingsStore } from './settings-store';
export type { SettingsStore } from './settings-store';
export { createTicketStore } from './ticket-store';
export type { NewTicket, TicketChange, TicketEventKind, TicketStore } from './ticket-store';
export { createFiguresStore } from './figures-store';
export type { FiguresStore } from './figures-store';
