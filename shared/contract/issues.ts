import type { z } from 'zod';
import type { FieldIssue } from './errors';

// Zod's own issue codes mapped to catalogue keys, so the UI can translate every field problem.
const genericMessages: Record<string, string> = {
  invalid_type: 'validation.invalid_type',
  unrecognized_keys: 'validation.unknown_field',
  too_big: 'validation.too_long',
  too_small: 'validation.too_short',
  invalid_format: 'validation.invalid_format',
  invalid_value: 'validation.invalid_value',
  invalid_union: 'validation.invalid_value',
};

/** Field issues whose messages are always catalogue keys (`validation.*`). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message.startsWith('validation.')
      ? issue.message
      : (genericMessages[issue.code] ?? 'validation.invalid_value'),
  }));
}
