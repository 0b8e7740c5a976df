import { z } from 'zod';

/** One backup of a workstation: its database at one moment and every scan that database names. */
export const snapshotSchema = z.strictObject({
  /** The snapshot's folder, relative to the backup folder: `<desk>/snapshots/<time>`. */
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}\/snapshots\/\d{8}T\d{6}\d{3}Z$/),
  takenAt: z.iso.datetime(),
  centreId: z.string().max(32).nullable(),
  deskId: z.string().max(16).nullable(),
  schemaVersion: z.number().int().positive(),
  databaseBytes: z.number().int().nonnegative(),
  blobs: z.number().int().nonnegative(),
  blobBytes: z.number().int().nonnegative(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const backupStateSchema = z.strictObject({
  folder: z.string().max(4096).nullable(),
  everyHours: z.number().int().positive(),
  lastAt: z.iso.datetime().nullable(),
  /** The error code of the last scheduled run when it failed; cleared by the next success. */
  lastError: z.string().max(64).nullable(),
  running: z.boolean(),
});
export type BackupState = z.infer<typeof backupStateSchema>;
