import { languageSchema } from '../../../shared/i18n/languages';
import {
  paperSizes,
  settingsDefaults,
  type PaperSize,
  type SettingName,
  type SettingsChange,
  type DeskSettings,
} from '../../../shared/domain/desk-settings';
import type { SettingKey, SettingRepository } from '../storage';

/** Where each setting lives in the settings table; other modules read the same keys. */
const settingKeys = {
  language: 'ui.language',
  centreId: 'workstation.centre',
  centreName: 'workstation.centreName',
  deskId: 'workstation.desk',
  scannerFolder: 'scanner.folder',
  printerName: 'printer.name',
  paperSize: 'printer.paperSize',
  ticketPrinterName: 'printer.ticketName',
  idleLockMinutes: 'security.idleLockMinutes',
  retentionDays: 'retention.days',
  backupFolder: 'backup.folder',
  backupEveryHours: 'backup.everyHours',
} as const satisfies Record<SettingName, SettingKey>;

const numberOr = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
};

/** The workstation's settings with defaults for what was never set. */
export function readSettings(settings: SettingRepository): DeskSettings {
  const get = (name: SettingName) => settings.get(settingKeys[name]);
  const language = languageSchema.safeParse(get('language'));
  const paperSize = get('paperSize');
  return {
    language: language.success ? language.data : settingsDefaults.language,
    centreId: get('centreId') ?? null,
    centreName: get('centreName') ?? null,
    deskId: get('deskId') ?? null,
    scannerFolder: get('scannerFolder') ?? null,
    printerName: get('printerName') ?? null,
    paperSize: paperSizes.includes(paperSize as PaperSize) ? (paperSize as PaperSize) : settingsDefaults.paperSize,
    ticketPrinterName: get('ticketPrinterName') ?? null,
    idleLockMinutes: numberOr(get('idleLockMinutes'), settingsDefaults.idleLockMinutes),
    retentionDays: numberOr(get('retentionDays'), settingsDefaults.retentionDays),
    backupFolder: get('backupFolder') ?? null,
    backupEveryHours: numberOr(get('backupEveryHours'), settingsDefaults.backupEveryHours),
  };
}

/** Writes a validated change; returns the names of the settings whose value really changed. */
export function writeSettings(settings: SettingRepository, change: SettingsChange): SettingName[] {
  const changed: SettingName[] = [];
  for (const [name, value] of Object.entries(change) as [SettingName, DeskSettings[SettingName] | undefined][]) {
    const stored = settings.get(settingKeys[name]);
    if (value === undefined || (value === null ? stored === undefined : stored === String(value))) continue;
    if (value === null) settings.clear(settingKeys[name]);
    else settings.set(settingKeys[name], String(value));
    changed.push(name);
  }
  return changed;
}
