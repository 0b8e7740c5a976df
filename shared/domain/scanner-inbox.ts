import { z } from 'zod';
import { attachmentSchema } from './attachment';

/** A file from the scanner folder: stored and waiting to be assigned, or refused with its rule. */
export const inboxFileSchema = z.strictObject({
  id: z.uuid(),
  originalName: z.string().max(255),
  foundAt: z.iso.datetime(),
  mediaType: attachmentSchema.shape.mediaType.nullable(),
  size: z.number().int().min(0).nullable(),
  pageCount: z.number().int().positive().nullable(),
  /** A `validation.attachment_*` rule, when the file was refused. */
  refusedRule: z.string().max(64).nullable(),
});
export type InboxFileRecord = z.infer<typeof inboxFileSchema>;
