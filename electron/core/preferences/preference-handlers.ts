import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { languageSchema } from '../../../shared/i18n/languages';
import type { SettingRepository } from '../storage/setting-repository';

export function createPreferenceHandlers(settings: SettingRepository) {
  const read = (): MethodOutput<'preferences.get'> => {
    const stored = languageSchema.safeParse(settings.get('ui.language'));
    return { language: stored.success ? stored.data : null };
  };
  return {
    'preferences.get': (_input: ParsedInput<'preferences.get'>) => read(),
    'preferences.setLanguage': (input: ParsedInput<'preferences.setLanguage'>) => {
      settings.set('ui.language', input.language);
      return read();
    },
  };
}
