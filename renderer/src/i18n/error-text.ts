import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/contract/errors';

/** The translated sentence for any failure a call can end in. */
export function errorText(t: TFunction, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'internal.unexpected';
  return t(`errors.${code}`);
}
