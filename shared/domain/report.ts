import { z } from 'zod';
import { daySchema } from './day';
import { visitStatuses } from './visit-workflow';

/** Reports cover at most a year: a range beyond that is a typing slip, not a question. */
const MAX_REPORT_DAYS = 366;

export const dayRangeSchema = z
  .strictObject({ from: daySchema, to: daySchema })
  .refine(({ from, to }) => from <= to, { error: 'validation.report_range', path: ['to'] })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 < MAX_REPORT_DAYS, { error: 'validation.report_range', path: ['to'] });
export type DayRange = z.infer<typeof dayRangeSchema>;

/** One line of the day register: one visit, the times it passed each step, and who served it. */
export const registerRowSchema = z.strictObject({
  visitId: z.uuid(),
  day: daySchema,
  /** The booked slot, or the time a walk-in was logged (HH:MM, local). */
  time: z.string().regex(/^\d{2}:\d{2}$/),
  kind: z.enum(['booked', 'walk-in']),
  citizenName: z.string().max(200),
  bookingCode: z.string().max(64).nullable(),
  serviceCode: z.string().max(32).nullable(),
  status: z.enum(visitStatuses),
  arrivedAt: z.iso.datetime().nullable(),
  servedAt: z.iso.datetime().nullable(),
  /** Minutes from arrival to the start of service; null when either is missing. */
  waitMinutes: z.number().nonnegative().nullable(),
  /** Who started the service, else who logged the visit. */
  operator: z.string().max(80).nullable(),
});
export type RegisterRow = z.infer<typeof registerRowSchema>;

const countSchema = z.number().int().nonnegative();

export const reportSummarySchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  visits: countSchema,
  noShows: countSchema,
  byService: z.array(z.strictObject({ serviceCode: z.string().max(32).nullable(), count: countSchema })),
  byStatus: z.array(z.strictObject({ status: z.enum(visitStatuses), count: countSchema })),
  waiting: z.strictObject({ measured: countSchema, medianMinutes: z.number().nonnegative().nullable(), p90Minutes: z.number().nonnegative().nullable() }),
  perDay: z.array(z.strictObject({ day: daySchema, visits: countSchema, noShows: countSchema })),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportFiles = ['register.csv', 'register.pdf', 'summary.csv'] as const;
export type ReportFile = (typeof reportFiles)[number];
