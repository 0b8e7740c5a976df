import type { Catalogue } from './catalogue';
import { ruNamespaces } from './ru/index';
import { mergeNamespaces } from './namespaces';

/** The Russian catalogue as one object; i18next reads it by namespace (ru/index.ts). */
export const ru: Catalogue = mergeNamespaces(ruNamespaces);
