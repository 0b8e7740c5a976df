import { z } from 'zod';
import { visitIdSchema } from '../../domain/visit';
import { centralLinkStates } from '../../hub/central-link';
import { checkInConflictSchema } from '../../hub/handover';
import { dayFiguresSchema } from '../../hub/day-figures';
import { deskTicketSchema } from '../../hub/ticket';
import { errorCodeSchema } from '../errors';
import type { MethodSpec } from '../method-spec';

const shortId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { error: 'validation.invalid_format' });
const names = z.strictObject({ kk: z.string(), ru: z.string() });

/** What the desk knows of its hub: whether it is paired, whether the hub answers, and the queue now. */
export const hubStatusSchema = z.strictObject({
  paired: z.boolean(),
  hubId: z.string().nullable(),
  url: z.string().nullable(),
  role: z.enum(['display', 'desk', 'supervisor']).nullable(),
  /** The window this desk serves at; none for a reception desk. */
  windowId: shortId.nullable(),
  /** Whether the hub answered the last request and its event stream is open. */
  reachable: z.boolean(),
  failure: errorCodeSchema.nullable(),
  centreName: z.string().nullable(),
  groups: z.array(z.strictObject({ id: shortId, prefix: z.string(), name: names, waiting: z.number().int().nonnegative(), setAside: z.number().int().nonnegative() })),
  windows: z.array(z.strictObject({ id: shortId, label: z.string(), groups: z.array(shortId) })),
  /** The ticket called at this desk's window now, if any: the window keeps serving it after a restart. */
  current: deskTicketSchema.nullable(),
  /**
   * The hub's own link to the central system (it pulls the centre's feed): its state, when it last
   * read the feed, why it failed (a sync error code, translated), and today's bookings it holds.
   * Null until the hub told this desk (not paired, out of reach, or a display's pairing).
   */
  central: z
    .strictObject({
      state: z.enum(centralLinkStates),
      lastPullAt: z.iso.datetime({ offset: true }).nullable(),
      failure: errorCodeSchema.nullable(),
      bookingsToday: z.number().int().nonnegative(),
    })
    .nullable(),
  /** Today's tickets this desk gave alone while the hub was away, and whether the hub has them yet. */
  localTickets: z.array(
    z.strictObject({
      id: z.uuid(),
      number: z.string(),
      kind: z.enum(['booked', 'walk_in']),
      status: z.enum(['waiting', 'called', 'finished']),
      checkedInAt: z.string(),
      handedOver: z.boolean(),
      /** For a booking checked in earlier elsewhere: that ticket's number; this one is void for the booking. */
      supersededBy: z.string().nullable(),
    }),
  ),
  /** Local tickets and changes the hub has not taken yet. */
  pendingHandover: z.number().int().nonnegative(),
  /** Check-ins of this desk that lost to an earlier check-in of the same booking elsewhere. */
  conflicts: z.array(checkInConflictSchema),
  /** The prefix of the tickets this desk gives alone: its window's (or, at a reception, its desk's). */
  localPrefix: z.string(),
});
export type HubStatus = z.infer<typeof hubStatusSchema>;

/** A priority category of the centre, served out of turn. */
const priority = shortId.nullable().default(null);
const ticketAction = z.strictObject({ ticketId: z.uuid() });

/**
 * The desk's side of the centre's hub (docs/hub-protocol.md): pairing, the reception's check-in,
 * the window's actions and the queue. Citizens' data comes back only in a ticket this desk issued
 * or called; the hub's events reach the renderer as `hub.changed`, which names nobody.
 */
export const hubMethods = {
  'hub.status': { input: z.strictObject({}), output: hubStatusSchema },
  /** Pairs the desk with the code the hub shows; the code and the credential stay in the core. */
  'hub.pair': {
    input: z.strictObject({
      url: z.url({ protocol: /^https$/, error: 'validation.invalid_format' }),
      code: z.string().trim().regex(/^\d{4}-?\d{4}$/, { error: 'validation.invalid_format' }),
      windowId: shortId.nullable(),
    }),
    output: hubStatusSchema,
  },
  /** Which window this desk serves at (none: a reception desk). */
  'hub.setWindow': { input: z.strictObject({ windowId: shortId.nullable() }), output: hubStatusSchema },
  /**
   * Checks a citizen in at the hub and issues the ticket: a booked citizen by the visit the desk's
   * check-in search found, a walk-in for a service group, or a booking the desk's own copy lacks
   * but the hub holds (from its feed), by its code: the desk then makes the visit from the hub's
   * booking, as its own feed would have.
   */
  'hub.checkIn': {
    input: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('booked'), visitId: visitIdSchema, priority }),
      z.strictObject({ kind: z.literal('walk_in'), groupId: shortId, priority }),
      z.strictObject({
        kind: z.literal('booking_code'),
        bookingCode: z.string().trim().regex(/^[A-Za-z0-9-]{4,20}$/, { error: 'validation.booking_code' }).transform((code) => code.toUpperCase()),
        priority,
      }),
    ]),
    output: deskTicketSchema,
  },
  /**
   * Prints the ticket's slip on the reception's ticket printer. Where the desk has none (the
   * browser harness) the slip comes back as a PDF for the page to save.
   */
  'hub.printTicket': {
    input: ticketAction,
    output: z.strictObject({ printed: z.boolean(), fileName: z.string(), pdfBase64: z.string().nullable() }),
  },
  'hub.callNext': { input: z.strictObject({}), output: z.strictObject({ ticket: deskTicketSchema.nullable() }) },
  'hub.callAgain': { input: ticketAction, output: deskTicketSchema },
  'hub.notHere': { input: ticketAction, output: deskTicketSchema },
  'hub.transfer': { input: z.strictObject({ ticketId: z.uuid(), toWindow: shortId }), output: deskTicketSchema },
  'hub.finish': { input: ticketAction, output: deskTicketSchema },
  /**
   * Closes the day at the hub for the whole centre (a supervisor's pairing), then marks this desk's
   * bookings the hub decided are no-shows; each desk's own end of day marks the same and no others.
   */
  'hub.closeDay': {
    input: z.strictObject({ day: z.iso.date({ error: 'validation.day' }) }),
    output: z.strictObject({ day: z.string(), centreNoShows: z.number().int().nonnegative(), noShows: z.number().int().nonnegative() }),
  },
  /**
   * The centre's day in figures as the hub counts it now (waiting and service times per service
   * group and window). Not paired: nothing to show; hub out of reach: `failure` says why.
   */
  'hub.figures': {
    input: z.strictObject({}),
    output: z.strictObject({ paired: z.boolean(), figures: dayFiguresSchema.nullable(), failure: errorCodeSchema.nullable() }),
  },
  /** Asks the hub to pull the centre's feed from the central system now; the status after that pull. */
  'hub.pullCentral': { input: z.strictObject({}), output: hubStatusSchema },
  /**
   * A link for a hall screen: a new read-only display token from the hub (the desk must be paired
   * with a supervisor's code), the page's address with it, its QR code as runs of dark modules, and
   * the hub key's SHA-256 for a Chromium kiosk to trust the hub's certificate alone.
   */
  'hub.displayLink': {
    input: z.strictObject({}),
    output: z.strictObject({
      url: z.url(),
      deviceId: shortId,
      spkiSha256: z.string(),
      qr: z.strictObject({ modules: z.number().int().positive(), runs: z.array(z.strictObject({ row: z.number().int(), column: z.number().int(), length: z.number().int().positive() })) }),
    }),
  },
  /** Opens the hall display on this computer's second screen (the app's; the browser version has none), with a new display token. */
  'hub.showDisplay': { input: z.strictObject({}), output: z.strictObject({ shown: z.literal(true) }) },
} as const satisfies Record<string, MethodSpec>;
