import { z } from 'zod';
import { statementLayouts } from '../../statement/statement-content';
import { visitIdSchema } from '../../domain/visit';
import type { MethodSpec } from '../method-spec';

/**
 * What a signed scan turned out to be: the current statement (the visit moves to signed), one
 * printed before a correction, one whose printed values were never recorded here, a page with no
 * statement code, or a statement of an application this workstation does not hold.
 */
const scanOutcomes = ['matched', 'outdated', 'unknown_digest', 'no_code', 'unknown_application'] as const;

/** A statement is a few pages with subset fonts: tens of kilobytes; the bound is generous. */
const MAX_STATEMENT_BASE64 = 8_000_000;

export const statementMethods = {
  'statements.export': {
    input: z.strictObject({ visitId: visitIdSchema, purpose: z.enum(['print', 'export']), layout: z.enum(statementLayouts).default('kk-ru') }),
    output: z.strictObject({
      fileName: z.string().max(120),
      pdfBase64: z.string().max(MAX_STATEMENT_BASE64),
      version: z.number().int().positive(),
      digest: z.string().regex(/^[0-9a-f]{16}$/),
      reprint: z.boolean(),
    }),
  },
  'statements.print': {
    input: z.strictObject({ visitId: visitIdSchema, silent: z.boolean(), layout: z.enum(statementLayouts).default('kk-ru') }),
    output: z.strictObject({ printed: z.boolean(), reprint: z.boolean() }),
  },
  /**
   * Reads the QR code of a scanned, signed statement. A scan it cannot read answers `no_code`; one
   * beyond a scan's limits (`shared/domain/scan-limits.ts`), a bomb, or a PDF with active content
   * is refused as `attachment.refused` with the rule, as the attachment checks refuse it.
   */
  'statements.matchSignedScan': {
    input: z.strictObject({
      mediaType: z.enum(['image/png', 'image/jpeg', 'image/tiff', 'application/pdf']),
      // About 1.5 MB of image: a page scanned at 150–200 dpi in grey. Larger scans arrive with the
      // documents store, which streams them.
      contentBase64: z.string().max(2_000_000, { error: 'validation.too_long' }),
    }),
    output: z.strictObject({
      outcome: z.enum(scanOutcomes),
      visitId: z.uuid().nullable(),
      applicationId: z.uuid().nullable(),
      version: z.number().int().positive().nullable(),
    }),
  },
} as const satisfies Record<string, MethodSpec>;
