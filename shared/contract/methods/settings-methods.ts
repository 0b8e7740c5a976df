import { z } from 'zod';
import { auditEntrySchema, auditVerdictSchema } from '../../domain/audit';
import { backupStateSchema, snapshotSchema } from '../../domain/backup';
import { settingsChangeSchema, setupSchema, deskSettingsSchema } from '../../domain/desk-settings';
import { folderSchema } from '../../domain/desk-settings';
import type { MethodSpec } from '../method-spec';

const settingsView = z.strictObject({
  settings: deskSettingsSchema,
  /** False until the first-run wizard has been completed (or a backup restored). */
  setUp: z.boolean(),
  /** Printers the operating system offers; empty where there is none (the browser harness). */
  printers: z.array(z.string().max(200)).max(100),
});

const snapshotId = snapshotSchema.shape.id;

export const settingsMethods = {
  'settings.get': { input: z.strictObject({}), output: settingsView },
  'settings.update': {
    input: settingsChangeSchema,
    output: settingsView,
  },
  'settings.finishSetup': { input: setupSchema, output: settingsView },
  /** Whether the database passed its integrity check at start; a damaged one is only read for restore. */
  'health.get': {
    input: z.strictObject({}),
    output: z.strictObject({ database: z.enum(['ok', 'damaged']), backupFolder: z.string().max(4096).nullable(), appVersion: z.string().max(40) }),
  },
  'backups.state': { input: z.strictObject({}), output: backupStateSchema },
  'backups.run': { input: z.strictObject({}), output: snapshotSchema },
  'backups.list': {
    input: z.strictObject({ folder: folderSchema }),
    output: z.strictObject({ snapshots: z.array(snapshotSchema).max(1000) }),
  },
  'backups.restore': {
    // Needed only for a backup another workstation sealed: its supervisor's recovery key.
    input: z.strictObject({ folder: folderSchema, snapshotId, recoveryKey: z.string().max(200).optional() }),
    output: z.strictObject({ restored: snapshotId }),
  },
  /** The store key as a supervisor writes it down and keeps apart from the workstation. */
  'security.recoveryKey': {
    input: z.strictObject({}),
    output: z.strictObject({ recoveryKey: z.string().regex(/^[0-9A-F]{4}(-[0-9A-F]{4}){15}$/), fingerprint: z.string().regex(/^[0-9a-f]{16}$/) }),
  },
  'audit.list': {
    input: z.strictObject({ beforeSeq: z.number().int().positive().optional(), limit: z.number().int().min(1).max(500) }),
    output: z.strictObject({ entries: z.array(auditEntrySchema) }),
  },
  'audit.verify': { input: z.strictObject({}), output: auditVerdictSchema },
  /** Runs the retention job now (it also runs by itself every few hours); how many it cleared. */
  'retention.run': { input: z.strictObject({}), output: z.strictObject({ removed: z.number().int().nonnegative() }) },
  /** Zips the logs, versions and health facts (no personal data) into the export folder. */
  'diagnostics.collect': {
    input: z.strictObject({}),
    output: z.strictObject({ fileName: z.string().max(120), folder: z.string().max(4096), bytes: z.number().int().nonnegative() }),
  },
} as const satisfies Record<string, MethodSpec>;
