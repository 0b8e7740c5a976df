import { z } from 'zod';

/**
 * A new PIN or password is typed twice: a slip of one digit would otherwise lock its owner out at
 * the first sign-in. The repeat is the form's alone; the core receives the secret once.
 */
export function withRepeatedSecret<S extends z.ZodObject<{ secret: z.ZodType<string> }>>(schema: S) {
  return schema
    .extend({ secretAgain: z.string() })
    .refine((values) => values.secretAgain === values.secret, { path: ['secretAgain'], message: 'validation.secret_mismatch' });
}
