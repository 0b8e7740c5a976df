import { z } from 'zod';

/** Kazakh first: it is the state language and the default at a public service centre. */
export const languages = ['kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);
export const defaultLanguage: Language = 'kk';
