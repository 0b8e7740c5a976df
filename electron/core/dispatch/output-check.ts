import { contract } from '../../../shared/contract/api';
import type { FailureLog } from './error-mapping';
import type { Step } from './pipeline';

/**
 * A handler's value is checked against the contract before it leaves: the renderer can trust
 * every answer's shape, and a handler that breaks the contract is logged, not passed on.
 */
export function outputCheck(logFailure: FailureLog): Step {
  return async (call, next) => {
    const answer = await next(call);
    if (!answer.ok) return answer;
    const checked = contract[call.method].output.safeParse(answer.value);
    if (checked.success) return { ok: true, value: checked.data };
    logFailure(call.method, 'contract.invalid_output');
    return { ok: false, error: { code: 'contract.invalid_output' } };
  };
}
