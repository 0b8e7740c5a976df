import { ApiError } from '../../../shared/contract/errors';
import { asStorageFailure } from '../storage';
import type { Step } from './pipeline';

/** Told only the method and an error's code or class: never inputs, which hold personal data. */
export type FailureLog = (method: string, detail: string) => void;

/**
 * Every throw becomes a typed answer, so no input can crash a transport: a domain error keeps its
 * code, SQLite's own failures say plainly that storage is unavailable, anything else is
 * `internal.unexpected` and is logged by its class alone.
 */
export function errorMapping(logFailure: FailureLog): Step {
  return async (call, next) => {
    try {
      return await next(call);
    } catch (thrown) {
      const error = asStorageFailure(thrown);
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      logFailure(call.method, error instanceof Error ? error.name : typeof error);
      return { ok: false, error: { code: 'internal.unexpected' } };
    }
  };
}
