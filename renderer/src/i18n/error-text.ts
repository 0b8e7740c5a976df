import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/contract/errors';
import type { Namespace } from '../../../shared/i18n/namespaces';

/**
 * The translated sentence for any failure a call can end in. Any component's `t` will do,
 * whatever namespaces it asked for: the errors namespace is named here.
 */
export function errorText(t: TFunction<Namespace[]>, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'internal.unexpected';
  return t(`errors.${code}`, { ns: 'errors' });
}
