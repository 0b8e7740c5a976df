import { z } from 'zod';
import { citizenNameSchema, iinSchema } from '../domain/visit';
import { ticketPrefixSchema } from './centre-config';

export const ticketStatuses = ['waiting', 'called', 'set_aside', 'finished'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketKinds = ['booked', 'walk_in'] as const;
export type TicketKind = (typeof ticketKinds)[number];

/** `А-015`: the group's prefix and the day's number in it, three digits at least. */
export function ticketNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}

/** A hub's number (`А-015`), or a window's local one given while the hub was away (`W1-003`, shared/hub/handover.ts). */
export const ticketNumberSchema = z.string().regex(/^(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,2}|[A-Z0-9]*\d[A-Z0-9]*)-\d{3,5}$/u);
const idSchema = z.uuid();
const instantSchema = z.iso.datetime({ offset: true });
const slotSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const shortId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);

/**
 * A ticket as anyone paired may see it, the hall display included: no name, no IIN. The ticket's
 * `order` is the hub's issue sequence, the tie-break of every class of the calling rule.
 */
export const publicTicketSchema = z.strictObject({
  id: idSchema,
  day: z.iso.date(),
  number: ticketNumberSchema,
  prefix: ticketPrefixSchema,
  groupId: shortId,
  kind: z.enum(ticketKinds),
  service: z.string().max(64),
  priority: shortId.nullable(),
  slot: slotSchema.nullable(),
  status: z.enum(ticketStatuses),
  windowId: shortId.nullable(),
  transferWindow: shortId.nullable(),
  callCount: z.number().int().nonnegative(),
  order: z.number().int().positive(),
  issuedAt: instantSchema,
  calledAt: instantSchema.nullable(),
  finishedAt: instantSchema.nullable(),
});
export type PublicTicket = z.infer<typeof publicTicketSchema>;

/** The same ticket as a desk sees it: with whom it is for, so the window can open the visit. */
export const deskTicketSchema = publicTicketSchema.extend({
  citizenName: citizenNameSchema.nullable(),
  iin: iinSchema.nullable(),
  bookingCode: z.string().max(20).nullable(),
});
export type DeskTicket = z.infer<typeof deskTicketSchema>;
