import { z } from 'zod';
import { centreIdSchema, deskIdSchema, serverAddressSchema, syncStatusSchema } from '../../domain/sync';
import type { MethodSpec } from '../method-spec';

export const syncMethods = {
  'sync.status': {
    input: z.strictObject({}),
    output: syncStatusSchema,
  },
  /** Enrols this workstation with the central system once; the credential stays in the core. */
  'sync.enrol': {
    input: z.strictObject({
      server: serverAddressSchema,
      centreId: centreIdSchema,
      deskId: deskIdSchema,
      enrolmentCode: z.string().trim().min(6, { error: 'validation.sync_code' }).max(64, { error: 'validation.too_long' }),
    }),
    output: syncStatusSchema,
  },
  /** Starts a pass at once (a planned retry is brought forward); answers before the pass ends. */
  'sync.now': {
    input: z.strictObject({}),
    output: syncStatusSchema,
  },
  'sync.pause': {
    input: z.strictObject({ paused: z.boolean() }),
    output: syncStatusSchema,
  },
} as const satisfies Record<string, MethodSpec>;
