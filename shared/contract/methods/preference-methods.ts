import { z } from 'zod';
import { languageSchema } from '../../i18n/languages';
import type { MethodSpec } from '../method-spec';

const preferencesSchema = z.strictObject({ language: languageSchema.nullable() });

export const preferenceMethods = {
  'preferences.get': { input: z.strictObject({}), output: preferencesSchema },
  'preferences.setLanguage': { input: z.strictObject({ language: languageSchema }), output: preferencesSchema },
} as const satisfies Record<string, MethodSpec>;
