import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/core';
import { defaultDataFolder } from '../core/data-folder';
import { startHarnessHost } from './host';

/**
 * The browser harness: the real core and the built renderer on 127.0.0.1, for machines where the
 * Electron binary is missing and for the end-to-end tests. Prints one line with the URL to open.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string', default: resolve(import.meta.dirname, '../../out/renderer') },
    // A browser page cannot pick a folder on the core's disk: exports go to this one.
    exports: { type: 'string' },
  },
});

const dataDir = resolve(values.data ?? process.env.QABYLDAU_DATA ?? defaultDataFolder());
// Only the method and the error class are logged: inputs carry citizens' personal data.
const exportFolder = resolve(values.exports ?? join(dataDir, 'exports'));
const core = openCore({
  dataDir,
  chooseExportFolder: async () => {
    await mkdir(exportFolder, { recursive: true });
    return exportFolder;
  },
  logFailure: (method, detail) => console.error(`core: ${method} failed: ${detail}`),
});
const host = await startHarnessHost({
  dispatch: core.dispatch,
  events: core.events,
  rendererDir: resolve(values.renderer),
  port: Number(values.port),
});
console.log(`Qabyldau harness listening: ${host.url}`);

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await host.close();
  await core.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
