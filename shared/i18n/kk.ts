import type { Catalogue } from './catalogue';
import { kkNamespaces } from './kk/index';
import { mergeNamespaces } from './namespaces';

/** The Kazakh catalogue as one object; i18next reads it by namespace (kk/index.ts). */
export const kk: Catalogue = mergeNamespaces(kkNamespaces);
