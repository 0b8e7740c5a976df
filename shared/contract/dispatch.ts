import type { MethodName, MethodOutput, ParsedInput } from './api';
import type { Envelope } from './envelope';

/** One handler per contract method, given the input its schema parsed. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/**
 * The single entry both transports call: any method name and input from outside, always answered
 * with a typed envelope (the core's dispatch pipeline, electron/core/dispatch).
 */
export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;
