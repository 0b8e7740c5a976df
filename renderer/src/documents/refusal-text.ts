import type { TFunction } from 'i18next';
import type { Namespace } from '../../../shared/i18n/namespaces';
import { errorText } from '../i18n/error-text';

/** "file: the rule it broke", in the operator's language; any other failure as its error text. */
export function refusalText(t: TFunction<Namespace[]>, file: string, error: unknown): string {
  return t('documentsUi.refused', { ns: 'documents', file, reason: errorText(t, error) });
}
