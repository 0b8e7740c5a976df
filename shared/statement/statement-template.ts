import { z } from 'zod';

/**
 * The statement's form as data (resources/templates/statement.json): a form change is an edit of
 * that file, not of code. Rows are laid out top to bottom; each `pair` row has a Kazakh text on
 * the left and a Russian one on the right, with `{placeholders}` filled from the statement content.
 */
const textStyle = z.strictObject({
  size: z.number().min(6).max(24),
  /** Long values shrink down to this size before the box grows; they never overflow it. */
  floor: z.number().min(5).max(24),
  /** Lines the box holds at `size`; more lines first shrink the text, then grow the box. */
  maxLines: z.number().int().min(1).max(40),
  bold: z.boolean().default(false),
  align: z.enum(['left', 'right', 'center']).default('left'),
  spaceAfter: z.number().min(0).max(60).default(4),
});
export type TextStyle = z.infer<typeof textStyle>;

/** A row printed only when the application calls for it (a payment service, a representative). */
const when = z.enum(['payment', 'representative']).optional();
const pairRow = z.strictObject({ kind: z.literal('pair'), style: z.string(), when, kk: z.string(), ru: z.string() });
const listRow = z.strictObject({
  kind: z.literal('documents'),
  style: z.string(),
  kk: z.string(),
  ru: z.string(),
  /** Shown when the application lists no documents. */
  emptyKk: z.string(),
  emptyRu: z.string(),
});
const signatureRow = z.strictObject({ kind: z.literal('signature'), style: z.string(), kk: z.string(), ru: z.string() });

export const statementTemplateSchema = z
  .strictObject({
    id: z.string(),
    version: z.number().int().positive(),
    page: z.strictObject({
      width: z.number().positive(),
      height: z.number().positive(),
      margin: z.number().min(10).max(100),
      columnGap: z.number().min(0).max(60),
      /** Room kept at the top right of every page for the QR code and its caption. */
      qrSize: z.number().min(40).max(120),
    }),
    styles: z.record(z.string(), textStyle),
    reprintMark: z.strictObject({ kk: z.string(), ru: z.string() }),
    rows: z.array(z.discriminatedUnion('kind', [pairRow, listRow, signatureRow])).min(1),
  })
  .refine((t) => t.rows.every((row) => row.style in t.styles), { message: 'every row names a style the template defines' })
  .refine((t) => Object.values(t.styles).every((style) => style.floor <= style.size), { message: 'floor above size' });

export type StatementTemplate = z.infer<typeof statementTemplateSchema>;
export type StatementRow = StatementTemplate['rows'][number];
