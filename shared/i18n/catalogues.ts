import type { Catalogue } from './catalogue';
import { en } from './en';
import { enNamespaces } from './en/index';
import { kk } from './kk';
import { kkNamespaces } from './kk/index';
import type { Language } from './languages';
import type { Namespaces } from './namespaces';
import { ru } from './ru';
import { ruNamespaces } from './ru/index';

export const catalogues: Record<Language, Catalogue> = { kk, ru, en };

/** The same texts by namespace, as i18next takes them: `resources[language][namespace]`. */
export const resources: Record<Language, Namespaces> = { kk: kkNamespaces, ru: ruNamespaces, en: enNamespaces };
