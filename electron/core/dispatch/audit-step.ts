import type { MethodName } from '../../../shared/contract/api';
import { auditRowFor, type AuditRow } from '../audit';
import type { Step } from './pipeline';

/**
 * A successful call's audit row, written once the call has answered, in its own transaction: a
 * crash in between loses the row, never the change, and the chain stays whole. A row that cannot
 * be written is reported, but the change it describes is done and the answer says so.
 */
export function auditStep(write: (row: AuditRow) => void, onFailed: (method: MethodName) => void): Step {
  return async (call, next) => {
    const answer = await next(call);
    if (!answer.ok) return answer;
    const row = auditRowFor(call.method, call.input, answer.value);
    if (row) {
      try {
        write(row);
      } catch {
        onFailed(call.method);
      }
    }
    return answer;
  };
}
