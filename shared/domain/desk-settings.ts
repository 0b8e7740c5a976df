import { z } from 'zod';
import { languageSchema } from '../i18n/languages';
import { centreIdSchema, deskIdSchema } from './sync';

export const paperSizes = ['A4', 'A5', 'Letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

const printableText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.too_long' })
    .regex(/^[^\p{Cc}]*$/u, { error: 'validation.control_characters' });

/** A folder on this workstation or a network share; the core checks it is there and writable. */
export const folderSchema = z.string().trim().min(1, { error: 'validation.required' }).max(4096, { error: 'validation.too_long' });

/**
 * What a supervisor sets once per workstation. Identity (centre code and desk) is what the
 * central system knows the desk by; the centre's name is what statements and reports print.
 */
export const settingsFields = {
  language: languageSchema,
  centreId: centreIdSchema,
  centreName: printableText(160),
  deskId: deskIdSchema,
  scannerFolder: folderSchema.nullable(),
  printerName: printableText(200).nullable(),
  /** The reception's ticket printer (80 mm thermal paper); none chosen means the system's default printer. */
  ticketPrinterName: printableText(200).nullable(),
  paperSize: z.enum(paperSizes),
  idleLockMinutes: z.number({ error: 'validation.invalid_type' }).int().min(1, { error: 'validation.settings_idle' }).max(240, { error: 'validation.settings_idle' }),
  retentionDays: z.number({ error: 'validation.invalid_type' }).int().min(1, { error: 'validation.settings_retention' }).max(3650, { error: 'validation.settings_retention' }),
  backupFolder: folderSchema.nullable(),
  backupEveryHours: z.number({ error: 'validation.invalid_type' }).int().min(1, { error: 'validation.settings_backup_hours' }).max(168, { error: 'validation.settings_backup_hours' }),
};

export type SettingName = keyof typeof settingsFields;

/** Asked by the first-run wizard: nothing is printed or synced correctly without them. */
export const setupSchema = z.strictObject({
  language: settingsFields.language,
  centreId: settingsFields.centreId,
  centreName: settingsFields.centreName,
  deskId: settingsFields.deskId,
});
export type Setup = z.infer<typeof setupSchema>;

export const settingsChangeSchema = z
  .strictObject(settingsFields)
  .partial()
  .refine((change) => Object.keys(change).length > 0, { error: 'validation.required' });
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

export const deskSettingsSchema = z.strictObject({
  ...settingsFields,
  // Until the wizard has run these three may be unset.
  centreId: settingsFields.centreId.nullable(),
  centreName: settingsFields.centreName.nullable(),
  deskId: settingsFields.deskId.nullable(),
});
export type DeskSettings = z.infer<typeof deskSettingsSchema>;

export const settingsDefaults = {
  language: 'kk',
  paperSize: 'A4',
  idleLockMinutes: 10,
  retentionDays: 30,
  backupEveryHours: 24,
} as const satisfies Partial<DeskSettings>;
