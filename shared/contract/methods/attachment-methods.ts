import { z } from 'zod';
import { applicationIdSchema } from '../../domain/application-record';
import { standardSourceSchema } from '../../catalogue/standard';
import { attachmentSchema, checklistEntrySchema } from '../../domain/attachment';
import type { MethodSpec } from '../method-spec';

/** A piece of a file in a call: 1 MiB, small enough for any transport, big enough to be quick. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;
export const READ_CHUNK_BYTES = 1024 * 1024;
const base64Of = (bytes: number) => z.base64().max(Math.ceil(bytes / 3) * 4);

const checklistItemSchema = z.string().trim().min(1).max(64);

export const attachmentMethods = {
  'attachments.list': {
    input: z.strictObject({ applicationId: applicationIdSchema }),
    output: z.strictObject({
      attachments: z.array(attachmentSchema).max(500),
      /** The service's required documents, each covered, waived, or still missing. */
      checklist: z.array(checklistEntrySchema).max(60),
      /** The act the service's checklist was transcribed from; null where it could not be found. */
      standard: standardSourceSchema.nullable(),
    }),
  },
  // A file from the renderer (drop, picker) arrives in pieces: begin, then chunks in order, then
  // `attachments.add` names the upload. The Electron dialog and the scanner folder read from disk.
  'uploads.begin': {
    input: z.strictObject({ fileName: z.string().max(255), size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
    output: z.strictObject({ uploadId: z.uuid() }),
  },
  'uploads.chunk': {
    input: z.strictObject({ uploadId: z.uuid(), offset: z.number().int().min(0), contentBase64: base64Of(UPLOAD_CHUNK_BYTES) }),
    output: z.strictObject({ received: z.number().int().min(0) }),
  },
  'attachments.add': {
    input: z.strictObject({
      applicationId: applicationIdSchema,
      checklistItem: checklistItemSchema,
      /** Required for "other": the name the statement prints for the document. */
      label: z.string().trim().max(200, { error: 'validation.too_long' }).optional(),
      uploadId: z.uuid(),
    }),
    output: attachmentSchema,
  },
  /** A stored file's bytes, a piece at a time, for thumbnails and the viewer. */
  'attachments.read': {
    input: z.strictObject({ id: z.uuid(), offset: z.number().int().min(0), length: z.number().int().min(1).max(READ_CHUNK_BYTES) }),
    output: z.strictObject({ contentBase64: base64Of(READ_CHUNK_BYTES), size: z.number().int().positive() }),
  },
  /** Turns an image, or one page of a PDF, a quarter turn clockwise, as a new version. */
  'attachments.rotate': {
    input: z.strictObject({ id: z.uuid(), page: z.number().int().min(1).max(10_000).optional() }),
    output: attachmentSchema,
  },
  'attachments.remove': {
    input: z.strictObject({ id: z.uuid() }),
    output: z.strictObject({ removed: z.boolean() }),
  },
  /**
   * A supervisor's leave to complete the application without a required document: given by the
   * signed-in supervisor, or at an operator's desk with the supervisor's own login and PIN.
   */
  'attachments.waive': {
    input: z.strictObject({
      applicationId: applicationIdSchema,
      item: checklistItemSchema,
      reason: z.string().trim().min(1, { error: 'validation.required' }).max(500, { error: 'validation.too_long' }),
      approval: z.strictObject({ login: z.string().trim().min(1, { error: 'validation.required' }).max(64), secret: z.string().min(1, { error: 'validation.required' }).max(128) }).optional(),
    }),
    output: z.array(checklistEntrySchema).max(60),
  },
  /**
   * Copies the application's documents with a manifest (names, sizes, SHA-256) into a new folder
   * inside the one the workstation's host chooses: a dialog in the app, the harness's export folder.
   */
  'attachments.export': {
    input: z.strictObject({ applicationId: applicationIdSchema }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('exported'), folder: z.string().max(4096), files: z.number().int().min(0) }),
      z.strictObject({ outcome: z.literal('cancelled') }),
    ]),
  },
} as const satisfies Record<string, MethodSpec>;
