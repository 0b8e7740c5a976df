import { z } from 'zod';

/** A file attached to an application, as the checklist shows it. The file itself stays in the core. */
export const attachmentSchema = z.strictObject({
  id: z.uuid(),
  applicationId: z.uuid(),
  checklistItem: z.string().max(64),
  originalName: z.string().max(255),
  mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff']),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().positive().nullable(),
  addedBy: z.string().max(64),
  addedAt: z.iso.datetime(),
});
export type AttachmentRecord = z.infer<typeof attachmentSchema>;

export const checklistEntrySchema = z.strictObject({ item: z.string().max(64), covered: z.boolean() });
