import { z } from 'zod';
import { daySchema } from '../domain/day';
import { citizenNameSchema, iinSchema, visitIdSchema, visitSchema } from '../domain/visit';
import { languageSchema } from '../i18n/languages';
import type { ErrorCode } from './errors';

/**
 * The one API contract between the renderer and the core. Both transports (Electron IPC and the
 * loopback harness) serve exactly these methods, and every input is parsed with `input` before a
 * handler sees it. Inputs are strict objects: unknown fields are refused, not ignored.
 */
type MethodSpec = {
  input: z.ZodType;
  output: z.ZodType;
  /** Domain errors the method may answer with, beyond those any call can get (see `commonErrors`). */
  errors: readonly ErrorCode[];
};

/** Errors any method can answer with, whatever it does. */
export const commonErrors = [
  'contract.unknown_method',
  'contract.invalid_input',
  'contract.invalid_output',
  'transport.unauthorized',
  'transport.forbidden_sender',
  'transport.payload_too_large',
  'transport.unreachable',
  'storage.unavailable',
  'internal.unexpected',
] as const satisfies readonly ErrorCode[];

export const MAX_VISITS_PER_DAY = 5000;

const preferencesSchema = z.strictObject({ language: languageSchema.nullable() });

export const contract = {
  'visits.listForDay': {
    input: z.strictObject({ day: daySchema }),
    output: z.strictObject({ visits: z.array(visitSchema).max(MAX_VISITS_PER_DAY) }),
    errors: [],
  },
  'visits.logWalkIn': {
    input: z.strictObject({
      id: visitIdSchema,
      citizenName: citizenNameSchema,
      iin: iinSchema.optional(),
    }),
    output: visitSchema,
    errors: ['visit.duplicate_id'],
  },
  'preferences.get': {
    input: z.strictObject({}),
    output: preferencesSchema,
    errors: [],
  },
  'preferences.setLanguage': {
    input: z.strictObject({ language: languageSchema }),
    output: preferencesSchema,
    errors: [],
  },
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
