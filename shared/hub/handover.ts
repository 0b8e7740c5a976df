import { z } from 'zod';
import { bookingRowSchema } from '../domain/booking';
import { deskTicketSchema } from './ticket';

/**
 * What a desk did alone while its hub was out of reach, handed to the hub when it returns
 * (docs/hub-protocol.md, "Without the hub"): each check-in and walk-in with the local ticket the
 * desk gave, numbered with its window's own prefix so it never equals a number the hub gives.
 */

const shortId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const instant = z.iso.datetime({ offset: true });
const bookingCode = z.string().trim().regex(/^[A-Za-z0-9-]{4,20}$/).transform((code) => code.toUpperCase());
const operator = z.string().trim().min(1).max(64).regex(/^[^\p{Cc}]*$/u);

/** A local ticket's number: the window's prefix (always with a digit, so never a group's) and its own count. */
export const localTicketNumberSchema = z.string().regex(/^[A-Z0-9]*\d[A-Z0-9]*-\d{3,5}$/);

/**
 * The window's own prefix for the tickets it gives alone: its id in capitals, letters and digits
 * only, at most six; an id without a digit gets a `0`, because a group's prefix is letters only.
 */
export function localPrefixOf(windowId: string): string {
  const letters = windowId.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 6);
  return /\d/.test(letters) ? letters : `${letters.slice(0, 5)}0`;
}

export const localTicketStatuses = ['waiting', 'called', 'finished'] as const;

export const handoverItemSchema = z.strictObject({
  /** The desk made it when it gave the ticket; the hub keeps it as the ticket's id, so a resent item is known. */
  ticketId: z.uuid(),
  kind: z.enum(['booked', 'walk_in']),
  bookingCode: bookingCode.nullable(),
  /** The booking as the desk's copy has it, for a hub that has not had it yet. */
  booking: bookingRowSchema.nullable(),
  service: z.string().trim().min(1).max(64),
  priority: shortId.nullable(),
  number: localTicketNumberSchema,
  /** When the citizen was checked in at the desk: the first check-in of a booking keeps it. */
  checkedInAt: instant,
  status: z.enum(localTicketStatuses),
  windowId: shortId.nullable(),
  calledAt: instant.nullable(),
  finishedAt: instant.nullable(),
  operator,
});
export type HandoverItem = z.infer<typeof handoverItemSchema>;
export type HandoverItemInput = z.input<typeof handoverItemSchema>;

export const handoverOutcomes = ['accepted', 'superseded'] as const;
export type HandoverOutcome = (typeof handoverOutcomes)[number];

export const handoverResultSchema = z.strictObject({
  ticketId: z.uuid(),
  /** accepted: the hub holds the ticket; superseded: the booking was checked in earlier elsewhere. */
  outcome: z.enum(handoverOutcomes),
  ticket: deskTicketSchema.nullable(),
  /** For superseded: the number of the ticket the earlier check-in has. */
  keptNumber: z.string().max(16).nullable(),
});
export type HandoverResult = z.infer<typeof handoverResultSchema>;

/**
 * A booking checked in at two places: the first check-in (by when it happened) keeps the booking;
 * the other ticket is void for it, and its desk's operator is told. Only the two desks see it.
 */
export const checkInConflictSchema = z.strictObject({
  day: z.iso.date(),
  bookingCode: z.string().max(20),
  keptNumber: z.string().max(16),
  keptAt: instant,
  voidNumber: z.string().max(16),
  voidAt: instant,
  decidedAt: instant,
});
export type CheckInConflict = z.infer<typeof checkInConflictSchema>;

/** The hub's end of a day: the bookings it holds that nobody checked in, decided once for the centre. */
export const dayDecisionSchema = z.strictObject({
  day: z.iso.date(),
  closed: z.boolean(),
  closedAt: instant.nullable(),
  noShows: z.array(z.string().max(20)),
});
export type DayDecision = z.infer<typeof dayDecisionSchema>;

export const handoverInputSchema = z.strictObject({ requestId: z.uuid(), items: z.array(handoverItemSchema).min(1).max(500) });
export const handoverOutputSchema = z.strictObject({ results: z.array(handoverResultSchema) });
export const closeDayInputSchema = z.strictObject({ requestId: z.uuid(), day: z.iso.date(), operator });
export const dayDecisionInputSchema = z.strictObject({ day: z.iso.date() });
