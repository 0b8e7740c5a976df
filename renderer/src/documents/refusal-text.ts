import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/contract/errors';
import type { Namespace } from '../../../shared/i18n/namespaces';
import { errorText } from '../i18n/error-text';

/** "file: the rule it broke", in the operator's language; any other failure as its error text. */
export function refusalText(t: TFunction<Namespace[]>, file: string, error: unknown): string {
  const rule = error instanceof ApiError && error.code === 'attachment.refused' ? error.issues?.[0]?.message : undefined;
  const reason = rule ? t(rule as 'validation.invalid_value', { ns: 'validation' }) : errorText(t, error);
  return t('documentsUi.refused', { ns: 'documents', file, reason });
}
