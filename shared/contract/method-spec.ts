import type { z } from 'zod';
import type { ErrorCode } from './errors';

export type MethodSpec = {
  input: z.ZodType;
  output: z.ZodType;
  /** Domain errors the method may answer with, beyond those any call can get. */
  errors: readonly ErrorCode[];
};
