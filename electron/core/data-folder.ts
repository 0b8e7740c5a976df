import { homedir } from 'node:os';
import { join } from 'node:path';

const PRODUCT_NAME = 'Qabyldau';

/**
 * Where Electron's `app.getPath('userData')` puts the app's data on each system, so the harness
 * run on a workstation without Electron finds the same data the app would.
 */
export function defaultDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
