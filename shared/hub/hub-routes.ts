import { z } from 'zod';
import { bookingRowSchema } from '../domain/booking';
import { citizenNameSchema, iinSchema } from '../domain/visit';
import { centralLinkSchema, setCentralSchema } from './central-link';
import { centreConfigSchema, hubIdSchema, windowSchema } from './centre-config';
import { dayFiguresSchema } from './day-figures';
import { displayTokenSchema, hallBoardSchema } from './hall-board';
import { deskTicketSchema, publicTicketSchema } from './ticket';
import { checkInConflictSchema, closeDayInputSchema, dayDecisionInputSchema, dayDecisionSchema, handoverInputSchema, handoverOutputSchema } from './handover';

/**
 * The hub's HTTP protocol (docs/hub-protocol.md), one table for the hub's router and the desk's
 * client: each route's method, path, the least role that may call it, and the schemas of its body
 * and answer. Every body is checked against its schema by the hub, every answer by the desk.
 */

export const hubRoles = ['display', 'desk', 'supervisor'] as const;
export type HubRole = (typeof hubRoles)[number];

/** Whether a credential of `role` may call a route that needs `needed`: each role can do what the one before it can. */
export const roleAllows = (role: HubRole, needed: HubRole) => hubRoles.indexOf(role) >= hubRoles.indexOf(needed);

export const HUB_PROTOCOL = 1;
const shortId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
/** Makes a retry harmless: the hub answers a request id it has seen with the answer it gave. */
const requestId = z.uuid();
const operator = z.string().trim().min(1).max(64).regex(/^[^\p{Cc}]*$/u);
const priority = shortId.nullable();
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const pairingCodeSchema = z.string().regex(/^\d{4}-?\d{4}$/).transform((code) => code.replace('-', ''));

export const issueTicketSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    requestId,
    kind: z.literal('booked'),
    bookingCode: z.string().trim().regex(/^[A-Za-z0-9-]{4,20}$/).transform((code) => code.toUpperCase()),
    /** The booking as the desk's own feed has it, for a hub that has not received it yet. */
    booking: bookingRowSchema.nullable(),
    priority,
    operator,
  }),
  z.strictObject({
    requestId,
    kind: z.literal('walk_in'),
    service: z.string().regex(/^[a-z0-9-]{2,64}$/),
    citizenName: citizenNameSchema.nullable(),
    iin: iinSchema.nullable(),
    priority,
    operator,
  }),
]);
export type IssueTicket = z.input<typeof issueTicketSchema>;

const windowAction = { requestId, windowId: shortId, ticketId: z.uuid(), operator };

export const daySnapshotSchema = z.strictObject({
  hubId: hubIdSchema,
  day: z.iso.date(),
  /** The stream's id this snapshot is as of: follow `/v1/events` from it and miss nothing. */
  lastEventId: z.number().int().nonnegative(),
  centre: centreConfigSchema,
  windows: z.array(windowSchema),
  tickets: z.array(publicTicketSchema),
});
export type DaySnapshot = z.infer<typeof daySnapshotSchema>;

export const deviceSchema = z.strictObject({
  id: shortId,
  name: z.string().max(120),
  role: z.enum(hubRoles),
  pairedAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});

type Route = { method: 'GET' | 'POST' | 'PUT'; path: string; role: HubRole | null; input: z.ZodType | null; output: z.ZodType };

export const hubRoutes = {
  hello: {
    method: 'GET',
    path: '/v1/hello',
    role: null,
    input: null,
    output: z.strictObject({ protocol: z.literal(HUB_PROTOCOL), hubId: hubIdSchema, centreName: z.string() }),
  },
  pair: {
    method: 'POST',
    path: '/v1/pairings',
    role: null,
    input: z.strictObject({ deskName: operator, nonce: hex(32), proof: hex(32) }),
    output: z.strictObject({ hubId: hubIdSchema, deviceId: shortId, role: z.enum(hubRoles), credential: z.string().regex(/^[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{43}$/), proof: hex(32) }),
  },
  day: { method: 'GET', path: '/v1/day', role: 'display', input: null, output: daySnapshotSchema },
  putBookings: {
    method: 'POST',
    path: '/v1/bookings',
    role: 'desk',
    input: z.strictObject({ requestId, bookings: z.array(bookingRowSchema).max(5000) }),
    output: z.strictObject({ stored: z.number().int().nonnegative() }),
  },
  issueTicket: { method: 'POST', path: '/v1/tickets', role: 'desk', input: issueTicketSchema, output: deskTicketSchema },
  restore: { method: 'POST', path: '/v1/tickets/restore', role: 'desk', input: z.strictObject({ requestId, ticketId: z.uuid(), operator }), output: deskTicketSchema },
  callNext: {
    method: 'POST',
    path: '/v1/calls/next',
    role: 'desk',
    input: z.strictObject({ requestId, windowId: shortId, operator }),
    output: z.strictObject({ ticket: deskTicketSchema.nullable() }),
  },
  callAgain: { method: 'POST', path: '/v1/calls/again', role: 'desk', input: z.strictObject(windowAction), output: deskTicketSchema },
  notHere: { method: 'POST', path: '/v1/calls/not-here', role: 'desk', input: z.strictObject(windowAction), output: deskTicketSchema },
  transfer: { method: 'POST', path: '/v1/calls/transfer', role: 'desk', input: z.strictObject({ ...windowAction, toWindow: shortId }), output: deskTicketSchema },
  finish: { method: 'POST', path: '/v1/calls/finish', role: 'desk', input: z.strictObject(windowAction), output: deskTicketSchema },
  pairingCode: {
    method: 'POST',
    path: '/v1/admin/pairing-codes',
    role: 'supervisor',
    input: z.strictObject({ role: z.enum(hubRoles) }),
    output: z.strictObject({ code: z.string(), role: z.enum(hubRoles), expiresAt: z.iso.datetime({ offset: true }) }),
  },
  setCentre: { method: 'PUT', path: '/v1/admin/centre', role: 'supervisor', input: z.strictObject({ config: centreConfigSchema }), output: centreConfigSchema },
  setWindow: { method: 'PUT', path: '/v1/admin/windows', role: 'supervisor', input: z.strictObject({ window: windowSchema }), output: windowSchema },
  devices: { method: 'GET', path: '/v1/admin/devices', role: 'supervisor', input: null, output: z.strictObject({ devices: z.array(deviceSchema) }) },
  revokeDevice: { method: 'POST', path: '/v1/admin/devices/revoke', role: 'supervisor', input: z.strictObject({ deviceId: shortId }), output: deviceSchema },
  /** What a desk did alone while the hub was away; a resent batch (or item) changes nothing twice. */
  handOver: { method: 'POST', path: '/v1/handovers', role: 'desk', input: handoverInputSchema, output: handoverOutputSchema },
  /** The check-ins of this desk that lost to an earlier one elsewhere (the caller's own only). */
  conflicts: { method: 'GET', path: '/v1/conflicts', role: 'desk', input: null, output: z.strictObject({ conflicts: z.array(checkInConflictSchema) }) },
  /** Whether the hub closed the day, and its no-shows: a desk's end of day marks these and no others. */
  dayDecision: { method: 'POST', path: '/v1/day/decision', role: 'desk', input: dayDecisionInputSchema, output: dayDecisionSchema },
  /** Closes the day for the centre: the no-shows are decided once; closing again answers the same. */
  closeDay: { method: 'POST', path: '/v1/admin/day/close', role: 'supervisor', input: closeDayInputSchema, output: dayDecisionSchema },
  /** The centre's day in figures (waiting and service times per group and window), counted now. */
  figures: { method: 'GET', path: '/v1/figures', role: 'desk', input: null, output: dayFiguresSchema },
  /** The hub's link to the central system, for a desk's Centre page. */
  central: { method: 'GET', path: '/v1/central', role: 'desk', input: null, output: centralLinkSchema },
  /** A desk asks the hub to pull the centre's feed now (a Retry-After the central system gave still holds). */
  centralPull: { method: 'POST', path: '/v1/central/pull', role: 'desk', input: null, output: centralLinkSchema },
  /** Links the hub to the central system with an enrolment code issued for the centre and desk `hub`. */
  setCentral: { method: 'POST', path: '/v1/admin/central', role: 'supervisor', input: setCentralSchema, output: centralLinkSchema },
  /** A hall display's read-only credential: a TV's browser cannot run the pairing, nobody types at it. */
  displayToken: {
    method: 'POST',
    path: '/v1/admin/display-tokens',
    role: 'supervisor',
    input: z.strictObject({ name: operator }),
    output: displayTokenSchema,
  },
  /** What the hall display shows: numbers, windows and counts, nothing of a citizen. */
  board: { method: 'GET', path: '/v1/display/board', role: 'display', input: null, output: hallBoardSchema },
} as const satisfies Record<string, Route>;

export type HubRouteName = keyof typeof hubRoutes;
type RouteOf<N extends HubRouteName> = (typeof hubRoutes)[N];
export type HubInput<N extends HubRouteName> = RouteOf<N>['input'] extends z.ZodType ? z.input<RouteOf<N>['input']> : undefined;
export type HubParsedInput<N extends HubRouteName> = RouteOf<N>['input'] extends z.ZodType ? z.output<RouteOf<N>['input']> : undefined;
export type HubOutput<N extends HubRouteName> = z.output<RouteOf<N>['output']>;

/** The event stream: Server-Sent Events, any role, resumed with `Last-Event-ID`. */
export const HUB_EVENTS_PATH = '/v1/events';
