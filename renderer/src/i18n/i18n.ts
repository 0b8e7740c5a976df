import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues } from '../../../shared/i18n/catalogues';
import type { en } from '../../../shared/i18n/en';
import { defaultLanguage, type Language } from '../../../shared/i18n/languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

declare global {
  interface Window {
    /** Keys asked for but absent from the active catalogue; the end-to-end tests require none. */
    __qabyldauMissingKeys?: string[];
  }
}

/** BCP 47 tags for Intl number and date formatting. */
export const localeTags: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export async function setupI18n(): Promise<typeof i18next> {
  window.__qabyldauMissingKeys = [];
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(catalogues).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
    lng: defaultLanguage,
    // No silent fallback to another language: a missing Kazakh label must show up as missing.
    fallbackLng: false,
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) => {
      window.__qabyldauMissingKeys?.push(`${languages.join(',')}:${key}`);
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  dayjs.locale(defaultLanguage);
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  dayjs.locale(language);
  document.documentElement.lang = language;
}
