import type { z } from 'zod';

/**
 * One method of the contract: the input it accepts and the output it promises. The error codes a
 * call may answer with are the contract's one list (errors.ts), translated by the renderer.
 */
export type MethodSpec = {
  input: z.ZodType;
  output: z.ZodType;
};
