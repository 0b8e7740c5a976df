import { z } from 'zod';
import { localizedSchema } from './localized';

/**
 * How a document of a service's checklist reaches the receiving body, as its state standard says:
 * - `original-returned`: the citizen shows the original; the centre scans it and gives it back;
 * - `copy-kept`: the citizen hands in a copy (or the original is scanned), the paper copy stays;
 * - `original-kept`: the original itself goes to the receiver (a medical certificate, a form);
 * - `from-state-systems`: the centre obtains it from a state information system; never asked of the citizen.
 */
export const documentProvisions = ['original-returned', 'copy-kept', 'original-kept', 'from-state-systems'] as const;
export type DocumentProvision = (typeof documentProvisions)[number];

export const checklistItemSchema = z.strictObject({
  /** Unique within the service; attachments and waivers refer to it. */
  code: z.string().regex(/^[a-z0-9-]{2,64}$/),
  /** kk and ru as the statement prints them; en for the interface. */
  name: localizedSchema,
  /** Required always, or only when the condition (said in words) holds. */
  requirement: z.enum(['required', 'conditional']),
  condition: localizedSchema.nullable(),
  provision: z.enum(documentProvisions),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** The legal act a checklist was transcribed from. */
export const standardSourceSchema = z.strictObject({
  /** The act's title as published (ru), e.g. «Об утверждении Правил назначения и выплаты …». */
  act: z.string().min(1).max(500),
  /** Issuer, number and date as published, e.g. «приказ Министра труда и социальной защиты населения РК от 25 марта 2021 года № 84». */
  reference: z.string().min(1).max(300),
  /** The date of the version read (YYYY-MM-DD). */
  versionDate: z.iso.date(),
  url: z.url().max(500),
});
export type StandardSource = z.infer<typeof standardSourceSchema>;

/**
 * A service's checklist as its state standard gives it. `source` is null where the standard could
 * not be found: the checklist then holds what every service needs and the desk says so.
 */
export const serviceStandardSchema = z.strictObject({
  source: standardSourceSchema.nullable(),
  items: z.array(checklistItemSchema).min(1).max(40),
});
export type ServiceStandard = z.infer<typeof serviceStandardSchema>;
