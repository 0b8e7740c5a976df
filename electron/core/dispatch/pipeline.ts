import type { MethodName } from '../../../shared/contract/api';
import type { Envelope } from '../../../shared/contract/envelope';

/** A call that passed the contract: a known method and its input as the schema parsed it. */
export type Call = { method: MethodName; input: unknown };
export type Answer = Envelope<unknown>;
export type Next = (call: Call) => Promise<Answer>;
/** One stage of a call's way to its handler; it may answer itself or hand the call on. */
export type Step = (call: Call, next: Next) => Promise<Answer>;

/** The steps in the order a call meets them, ending in `last`. */
export function pipeline(steps: readonly Step[], last: Next): Next {
  return steps.reduceRight<Next>((next, step) => (call) => step(call, next), last);
}
