import { z } from 'zod';

/** A calendar day at the centre, `YYYY-MM-DD`; visits are listed by the day they were logged. */
export const daySchema = z.iso.date();
export type Day = z.infer<typeof daySchema>;

/** The local calendar day of an instant, as the workstation's clock and time zone see it. */
export function localDayOf(instant: Date): Day {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
