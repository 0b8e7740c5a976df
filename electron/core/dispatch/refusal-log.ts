import type { AppLog } from '../logging';
import type { Answer } from './pipeline';

/**
 * Refusals are logged by method and code only: support sees what failed, never what was typed. A
 * method name that is not the contract's is cut short, as it came from outside.
 */
export function logRefusal(log: Pick<AppLog, 'info'>, method: unknown, answer: Answer): Answer {
  if (!answer.ok) log.info('method.refused', { method: typeof method === 'string' ? method.slice(0, 60) : typeof method, code: answer.error.code });
  return answer;
}
