import { z } from 'zod';
import { citizenNameSchema, iinSchema } from './visit';

/**
 * One booked visit time, as the central system's feed and the import files give it. The format is
 * documented in docs/bookings-import.md.
 */
const bookingCodeSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .regex(/^[A-Za-z0-9-]{4,20}$/, { error: 'validation.booking_code' })
  .transform((code) => code.toUpperCase());

/** A booked time of day, `HH:MM`. */
export const slotSchema = z.string({ error: 'validation.required' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.slot' });

export const bookingRowSchema = z.object({
  date: z.iso.date({ error: 'validation.day' }),
  time: slotSchema,
  iin: iinSchema,
  name: citizenNameSchema,
  service: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(64, { error: 'validation.too_long' }),
  code: bookingCodeSchema,
});
export type BookingRow = z.infer<typeof bookingRowSchema>;

export const bookingColumns = ['date', 'time', 'iin', 'name', 'service', 'code'] as const;

/** True when a booked citizen's slot has passed and they have not arrived. */
export function isLate(visit: { status: string; day: string; slot: string | null }, now: { day: string; time: string }): boolean {
  if (visit.status !== 'booked' || visit.slot === null) return false;
  return visit.day < now.day || (visit.day === now.day && visit.slot < now.time);
}
