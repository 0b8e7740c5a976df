import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/contract/errors';
import type { Namespace } from '../../../shared/i18n/namespaces';

/** The rule a refused file broke (`validation.attachment_…`), or null for any other failure. */
export function refusedRule(error: unknown): string | null {
  return (error instanceof ApiError && error.code === 'attachment.refused' && error.issues?.[0]?.message) || null;
}

/**
 * The translated sentence for any failure a call can end in. Any component's `t` will do,
 * whatever namespaces it asked for: the errors namespace is named here. A refused file is
 * explained by the rule it broke, which says more than "the file was refused".
 */
export function errorText(t: TFunction<Namespace[]>, error: unknown): string {
  const rule = refusedRule(error);
  if (rule) return t(rule as 'validation.invalid_value', { ns: 'validation' });
  const code = error instanceof ApiError ? error.code : 'internal.unexpected';
  return t(`errors.${code}`, { ns: 'errors' });
}
