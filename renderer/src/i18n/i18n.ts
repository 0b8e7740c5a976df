import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../../shared/i18n/catalogues';
import type { enNamespaces } from '../../../shared/i18n/en/index';
import { defaultLanguage, type Language } from '../../../shared/i18n/languages';
import { defaultNamespace, namespaces } from '../../../shared/i18n/namespaces';

// Keys are checked by type per namespace: a component lists the namespaces it reads
// (`useTranslation(['today', 'intake'])`), reads its own without a prefix and the others as
// `intake:intakeUi.checkInLabel`; a key of a namespace it did not list does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: typeof enNamespaces;
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
    resources,
    ns: namespaces,
    defaultNS: defaultNamespace,
    lng: defaultLanguage,
    // No silent fallback to another language, nor to another namespace (no `fallbackNS`): a key
    // that no namespace asked holds, in the language shown, must show up as missing.
    fallbackLng: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      window.__qabyldauMissingKeys?.push(`${languages.join(',')}:${namespace}:${key}`);
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
