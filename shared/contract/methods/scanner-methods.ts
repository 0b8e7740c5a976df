import { z } from 'zod';
import { applicationIdSchema } from '../../domain/application-record';
import { attachmentSchema } from '../../domain/attachment';
import { inboxFileSchema } from '../../domain/scanner-inbox';
import type { MethodSpec } from '../method-spec';

const inbox = z.strictObject({ folder: z.string().max(4096).nullable(), files: z.array(inboxFileSchema).max(1000) });

export const scannerMethods = {
  'scanner.inbox': {
    input: z.strictObject({}),
    output: inbox,
  },
  /** The folder the scanner writes into; null stops watching. */
  'scanner.setFolder': {
    input: z.strictObject({ folder: z.string().trim().min(1).max(4096).nullable() }),
    output: inbox,
  },
  'scanner.assign': {
    input: z.strictObject({
      inboxId: z.uuid(),
      applicationId: applicationIdSchema,
      checklistItem: z.string().trim().min(1).max(64),
      /** Required for "other": the name the statement prints for the document. */
      label: z.string().trim().max(200, { error: 'validation.too_long' }).optional(),
    }),
    output: attachmentSchema,
  },
  'scanner.discard': {
    input: z.strictObject({ inboxId: z.uuid() }),
    output: z.strictObject({ discarded: z.boolean() }),
  },
} as const satisfies Record<string, MethodSpec>;
