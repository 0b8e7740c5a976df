import { enNamespaces } from './en/index';
import { mergeNamespaces } from './namespaces';

/** The English catalogue as one object; i18next reads it by namespace (en/index.ts). */
export const en = mergeNamespaces(enNamespaces);
