import type { MethodName } from '../../../shared/contract/api';
import type { ErrorCode } from '../../../shared/contract/errors';
import type { Step } from './pipeline';

/**
 * Nobody signed in, a locked screen, or an operator at a supervisor's method: the call is
 * answered here and its handler never runs. `onRefused` lets the core audit the refusals worth a
 * supervisor's look.
 */
export function sessionGate(admit: (method: MethodName) => ErrorCode | null, onRefused: (method: MethodName, code: ErrorCode) => void = () => {}): Step {
  return async (call, next) => {
    const refusal = admit(call.method);
    if (!refusal) return next(call);
    onRefused(call.method, refusal);
    return { ok: false, error: { code: refusal } };
  };
}
