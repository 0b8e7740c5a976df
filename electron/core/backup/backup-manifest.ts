import { z } from 'zod';

/**
 * Written last into a snapshot's folder, after the database copy and every scan are durable: a
 * folder without it is a backup that did not finish and is never offered for restore.
 */
export const backupManifestSchema = z.strictObject({
  format: z.literal(1),
  takenAt: z.iso.datetime(),
  centreId: z.string().nullable(),
  deskId: z.string().nullable(),
  schemaVersion: z.number().int().positive(),
  /** Which store key sealed the copy (its fingerprint, never the key); absent before encryption. */
  keyFingerprint: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  database: z.strictObject({ file: z.literal('qabyldau.sqlite'), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() }),
  blobs: z.array(z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() })),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const MANIFEST_FILE = 'manifest.json';
export const SNAPSHOT_DATABASE = 'qabyldau.sqlite';
