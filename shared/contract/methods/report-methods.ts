import { z } from 'zod';
import { languageSchema } from '../../i18n/languages';
import { dayRangeSchema, registerRowSchema, reportFiles, reportSummarySchema } from '../../domain/report';
import type { MethodSpec } from '../method-spec';

/** A register of a busy month as PDF: a few hundred kilobytes; the bound is generous. */
const MAX_REPORT_BASE64 = 16_000_000;
const MAX_REGISTER_ROWS = 20_000;

export const reportMethods = {
  'reports.register': {
    input: dayRangeSchema,
    output: z.strictObject({ rows: z.array(registerRowSchema).max(MAX_REGISTER_ROWS), truncated: z.boolean() }),
  },
  'reports.summary': {
    input: dayRangeSchema,
    output: reportSummarySchema,
  },
  /** A report as a file to save: CSV (UTF-8 with BOM, for Excel) or PDF, in the operator's language. */
  'reports.file': {
    input: z.strictObject({ range: dayRangeSchema, file: z.enum(reportFiles), language: languageSchema }),
    output: z.strictObject({ fileName: z.string().max(120), mediaType: z.enum(['text/csv', 'application/pdf']), contentBase64: z.string().max(MAX_REPORT_BASE64) }),
  },
  'reports.print': {
    input: z.strictObject({ range: dayRangeSchema, language: languageSchema, silent: z.boolean() }),
    output: z.strictObject({ printed: z.boolean() }),
  },
} as const satisfies Record<string, MethodSpec>;
