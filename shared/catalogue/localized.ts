import { z } from 'zod';

/** A text in the three interface languages; kk and ru are also what statements print. */
export const localizedSchema = z.strictObject({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;
