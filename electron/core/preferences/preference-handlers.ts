import type { Handlers } from '../../../shared/contract/dispatch';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { languageSchema } from '../../../shared/i18n/languages';
import type { CoreDeps } from '../core-deps';
import { audit } from '../audit';

/** The header's language switch: the same setting as on the Settings page, audited the same way. */
export function createPreferenceHandlers(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'now' | 'settings'>): Pick<Handlers, 'preferences.get' | 'preferences.setLanguage'> {
  const read = (): MethodOutput<'preferences.get'> => {
    const stored = languageSchema.safeParse(deps.settings.get('ui.language'));
    return { language: stored.success ? stored.data : null };
  };
  return {
    'preferences.get': (_input: ParsedInput<'preferences.get'>) => read(),
    'preferences.setLanguage': (input: ParsedInput<'preferences.setLanguage'>) => {
      deps.atomically(() => {
        const before = deps.settings.get('ui.language');
        deps.settings.set('ui.language', input.language);
        if (before !== input.language) audit(deps, 'settings.changed', { kind: 'settings', id: 'desk' }, { changed: ['language'] });
      });
      return read();
    },
  };
}
