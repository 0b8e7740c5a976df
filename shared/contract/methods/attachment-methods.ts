import { z } from 'zod';
import { applicationIdSchema } from '../../domain/application-record';
import { attachmentSchema, checklistEntrySchema } from '../../domain/attachment';
import type { MethodSpec } from '../method-spec';

export const attachmentMethods = {
  'attachments.list': {
    input: z.strictObject({ applicationId: applicationIdSchema }),
    output: z.strictObject({
      attachments: z.array(attachmentSchema).max(500),
      /** The service's required documents, each covered by an attachment or still missing. */
      checklist: z.array(checklistEntrySchema).max(50),
      standardListKnown: z.boolean(),
    }),
    errors: ['application.not_found'],
  },
  'attachments.add': {
    input: z.strictObject({
      applicationId: applicationIdSchema,
      checklistItem: z.string().trim().min(1).max(64),
      fileName: z.string().max(255),
      // Files picked in the renderer travel inside the call, up to about 1.5 MB; larger scans come
      // through the scanner folder and the Electron file dialog, which stream them from disk.
      contentBase64: z.string().max(2_000_000, { error: 'validation.attachment_too_large' }),
    }),
    output: attachmentSchema,
    errors: ['application.not_found', 'application.locked', 'attachment.refused'],
  },
  'attachments.remove': {
    input: z.strictObject({ id: z.uuid() }),
    output: z.strictObject({ removed: z.boolean() }),
    errors: ['application.locked'],
  },
} as const satisfies Record<string, MethodSpec>;
