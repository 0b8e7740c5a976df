import type { MethodName } from '../../../shared/contract/api';
import type { Answer, Call } from './pipeline';

type HandlerTable = Partial<Record<MethodName, (input: never) => unknown>>;

/** The pipeline's end: the method's handler, looked up at call time, given the parsed input. */
export function handlerCall(handlersFor: (method: MethodName) => HandlerTable): (call: Call) => Promise<Answer> {
  return async (call) => {
    const handler = handlersFor(call.method)[call.method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(call.input) };
  };
}
