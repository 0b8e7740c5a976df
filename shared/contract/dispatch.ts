import { contract, isMethodName, type MethodName, type MethodOutput, type ParsedInput } from './api';
import type { Envelope } from './envelope';
import { ApiError } from './errors';
import { toFieldIssues } from './issues';

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** Told only the method and an error's code or class: never inputs, which hold personal data. */
export type FailureLog = (method: string, detail: string) => void;

export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The single entry both transports call. It validates before the handler runs and after it
 * returns, and turns every failure into a typed envelope, so no input can crash a transport.
 */
export function createDispatcher(handlers: Handlers, logFailure: FailureLog = () => {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'contract.unknown_method' } };
    const spec = contract[method];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'contract.invalid_input', issues: toFieldIssues(parsed.error) } };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        logFailure(method, 'contract.invalid_output');
        return { ok: false, error: { code: 'contract.invalid_output' } };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      logFailure(method, error instanceof Error ? error.name : typeof error);
      return { ok: false, error: { code: 'internal.unexpected' } };
    }
  };
}
