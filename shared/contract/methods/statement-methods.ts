import { z } from 'zod';
import { visitIdSchema } from '../../domain/visit';
import type { MethodSpec } from '../method-spec';

/** A statement is a few pages with subset fonts: tens of kilobytes; the bound is generous. */
export const MAX_STATEMENT_BASE64 = 8_000_000;

export const statementMethods = {
  'statements.export': {
    input: z.strictObject({ visitId: visitIdSchema, purpose: z.enum(['print', 'export']) }),
    output: z.strictObject({
      fileName: z.string().max(120),
      pdfBase64: z.string().max(MAX_STATEMENT_BASE64),
      version: z.number().int().positive(),
      digest: z.string().regex(/^[0-9a-f]{16}$/),
      reprint: z.boolean(),
    }),
    errors: ['visit.not_found', 'visit.transition_refused', 'application.not_finished'],
  },
} as const satisfies Record<string, MethodSpec>;
