import type { Handlers } from '../../../shared/contract/dispatch';
import { accessSync, constants, statSync } from 'node:fs';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { SettingsChange } from '../../../shared/domain/desk-settings';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import { readSettings, writeSettings } from './desk-settings-store';

export type SettingsSideEffects = {
  /** Starts, moves or stops the scanner folder's watch (it checks the folder itself). */
  setScannerFolder(folder: string | null): void;
  /** The printers the system offers; the harness has none. */
  listPrinters(): Promise<string[]>;
};

function writableFolder(path: string): boolean {
  try {
    if (!statSync(path).isDirectory()) return false;
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function createSettingsHandlers(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'now' | 'settings'>, effects: SettingsSideEffects): Pick<Handlers, 'settings.finishSetup' | 'settings.get' | 'settings.update'> {
  const { settings, atomically, now } = deps;
  const view = async (): Promise<MethodOutput<'settings.get'>> => ({
    settings: readSettings(settings),
    setUp: settings.get('workstation.setUpAt') !== undefined,
    printers: await effects.listPrinters().catch(() => []),
  });

  const apply = (change: SettingsChange) => {
    if (change.backupFolder && !writableFolder(change.backupFolder)) throw new ApiError('backup.folder_unavailable');
    const { scannerFolder, ...rest } = change;
    // The scanner's own method checks and starts the watch; it runs first so a missing folder
    // refuses the whole change before anything is written.
    const scannerChanged = scannerFolder !== undefined && scannerFolder !== readSettings(settings).scannerFolder;
    if (scannerChanged) effects.setScannerFolder(scannerFolder);
    atomically(() => {
      const changed = [...writeSettings(settings, rest), ...(scannerChanged ? (['scannerFolder'] as const) : [])].sort();
      // Names only: a folder path may carry a person's user name.
      if (changed.length > 0) audit(deps, 'settings.changed', { kind: 'settings', id: 'desk' }, { changed });
    });
  };

  return {
    'settings.get': (_input: ParsedInput<'settings.get'>) => view(),
    'settings.update': async (change: ParsedInput<'settings.update'>) => {
      apply(change);
      return view();
    },
    'settings.finishSetup': async (setup: ParsedInput<'settings.finishSetup'>) => {
      atomically(() => {
        const changed = writeSettings(settings, setup).sort();
        if (settings.get('workstation.setUpAt') === undefined) settings.set('workstation.setUpAt', now().toISOString());
        audit(deps, 'setup.finished', { kind: 'settings', id: 'desk' }, { changed });
      });
      return view();
    },
  };
}
