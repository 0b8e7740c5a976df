import { ApiError } from '../../../shared/contract/errors';

/**
 * SQLite's own failures (disk full, I/O error, locked, corrupt) become `storage.unavailable` so the
 * operator is told plainly that nothing was saved, instead of a generic crash message.
 */
export function asStorageFailure(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return new ApiError('storage.unavailable');
  return error;
}
