import { z } from 'zod';
import { slotSchema } from './booking';

/**
 * A ticket number as the hall calls it and the hub issues it (`shared/hub/ticket.ts`): the service
 * group's one or two letters (Latin, Russian or Kazakh capitals), a hyphen and three to five
 * digits, `А-015`; or one a window gave while the hub was away, its own prefix with a digit in it,
 * `W5-003` (shared/hub/handover.ts).
 */
export const ticketNumberSchema = z
  .string({ error: 'validation.required' })
  .regex(/^(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,2}|[A-Z0-9]*\d[A-Z0-9]*)-\d{3,5}$/u, { error: 'validation.ticket_number' });
export type TicketNumber = z.infer<typeof ticketNumberSchema>;

const printedText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.too_long' })
    // A control character would print as a box or move the printer's head.
    .regex(/^[^\p{Cc}]*$/u, { error: 'validation.control_characters' });

/**
 * An instant as the centre's own clock reads it, with its offset (`2026-03-02T09:15:00+05:00`).
 * The slip prints the date and time as written, whatever the time zone of the machine printing
 * it, so `Z` (which would print the time in UTC) is refused.
 */
export const centreTimeSchema = z.iso
  .datetime({ offset: true, error: 'validation.invalid_format' })
  .regex(/[+-]\d{2}:\d{2}$/, { error: 'validation.invalid_format' });

const count = (max: number) => z.number({ error: 'validation.invalid_type' }).int({ error: 'validation.invalid_value' }).min(0, { error: 'validation.invalid_value' }).max(max, { error: 'validation.invalid_value' });

/** What the reception's ticket slip prints, in Kazakh and Russian, for one issued ticket. */
export const ticketSlipSchema = z.strictObject({
  number: ticketNumberSchema,
  /** The service group the ticket queues for, in both printed languages. */
  serviceGroup: z.strictObject({ kk: printedText(160), ru: printedText(160) }),
  /** The centre's name as the supervisor set it. */
  centreName: printedText(160),
  issuedAt: centreTimeSchema,
  /** The booked time of a checked-in booking; none for a walk-in. */
  bookedSlot: slotSchema.nullable(),
  /** The hub's estimate; none where it has no basis for one yet. */
  expectedWaitMinutes: count(24 * 60).nullable(),
  /** Tickets waiting before this one in its service group. */
  peopleAhead: count(9999).nullable(),
});
export type TicketSlip = z.infer<typeof ticketSlipSchema>;
