import { z } from 'zod';
import { apiErrorBodySchema, type ApiErrorBody } from './errors';

/** What both transports carry back for every call: a value or a typed error, never a thrown crash. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const envelopeSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: apiErrorBodySchema }),
]);
