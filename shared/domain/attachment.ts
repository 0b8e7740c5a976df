import { z } from 'zod';
import { localizedSchema } from '../catalogue/localized';
import { documentProvisions } from '../catalogue/standard';

/** A file attached to an application, as the checklist shows it. The file itself stays in the core. */
export const attachmentSchema = z.strictObject({
  id: z.uuid(),
  applicationId: z.uuid(),
  checklistItem: z.string().max(64),
  /** The operator's name for a document of kind "other". */
  label: z.string().max(200).nullable(),
  originalName: z.string().max(255),
  mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff']),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().positive().nullable(),
  addedBy: z.string().max(64),
  addedAt: z.iso.datetime(),
  /** The scan as it came, when this is a rotated version of it; the original is never changed. */
  originalId: z.uuid().nullable(),
  version: z.number().int().min(1),
});
export type AttachmentRecord = z.infer<typeof attachmentSchema>;

export const checklistWaiverSchema = z.strictObject({ reason: z.string().max(500), waivedBy: z.string().max(64), waivedAt: z.iso.datetime() });
export type ChecklistWaiver = z.infer<typeof checklistWaiverSchema>;

export const checklistEntrySchema = z.strictObject({
  item: z.string().max(64),
  name: localizedSchema,
  requirement: z.enum(['required', 'conditional']),
  condition: localizedSchema.nullable(),
  provision: z.enum(documentProvisions),
  covered: z.boolean(),
  /** A supervisor's leave to finish without this document, with the reason. */
  waiver: checklistWaiverSchema.nullable(),
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;
