import { contract, isMethodName } from '../../../shared/contract/api';
import { toFieldIssues } from '../../../shared/contract/issues';
import type { Answer, Call } from './pipeline';

/**
 * The contract's gate: an unknown method or an input its schema refuses never reaches a step
 * after it. Later steps get the parsed input, so nothing parses a call twice.
 */
export function parseCall(method: unknown, input: unknown): { ok: true; call: Call } | { ok: false; answer: Answer } {
  if (!isMethodName(method)) return { ok: false, answer: { ok: false, error: { code: 'contract.unknown_method' } } };
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) return { ok: false, answer: { ok: false, error: { code: 'contract.invalid_input', issues: toFieldIssues(parsed.error) } } };
  return { ok: true, call: { method, input: parsed.data } };
}
