import { z } from 'zod';
import { localizedSchema } from './localized';

/**
 * A unit of a region or city in the official administrative classifier (КАТО): a district (аудан),
 * a city of regional significance, or a district of one of the three cities of republican
 * significance. The address carries it; the employment and social programmes body is chosen by it.
 */
export const districtSchema = z.strictObject({
  /** 9-digit КАТО code; its first two digits are the region's. */
  kato: z.string().regex(/^\d{9}$/),
  kind: z.enum(['district', 'city', 'city-district']),
  /** kk «Аршалы ауданы», ru «Аршалынский район», en «Arshaly District». */
  name: localizedSchema,
  /**
   * The official name of the employment and social programmes body that serves it, as the body
   * is registered, e.g. kk «Аршалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі»
   * ММ, ru ГУ «Отдел занятости и социальных программ Аршалынского района».
   */
  esp: localizedSchema,
});
export type District = z.infer<typeof districtSchema>;

/** Where a region's districts and bodies were read from. */
export type DistrictSource = { classifier: string; bodies: string; url: readonly string[] };
