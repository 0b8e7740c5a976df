import { BrowserWindow, dialog } from 'electron';
import type { ExportFolderChooser } from '../core/attachments/attachment-handlers';

/** The operator picks (or makes) the folder for a hand-over export: a USB stick, a share. */
export const exportFolderDialog: ExportFolderChooser = async () => {
  const owner = BrowserWindow.getFocusedWindow();
  const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
  const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
};
