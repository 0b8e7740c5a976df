import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../shared/catalogue/localized';
import { languageSchema, defaultLanguage, type Language } from '../../../shared/i18n/languages';

/** The interface language, and catalogue data (service and region names) in it. */
export function useLanguage(): { language: Language; pick: (text: Localized) => string } {
  const { i18n } = useTranslation();
  const parsed = languageSchema.safeParse(i18n.language);
  const language = parsed.success ? parsed.data : defaultLanguage;
  return { language, pick: (text) => text[language] };
}
