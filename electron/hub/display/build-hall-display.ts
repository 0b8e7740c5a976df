import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { HALL_DISPLAY_FILES } from './display-page';

const root = resolve(import.meta.dirname, '../../..');
/** Where the hub looks for the page's files unless told otherwise. */
export const defaultHallDisplayDir = join(root, 'out/hall-display');

/**
 * Bundles the hall display (renderer/hall-display, plain TypeScript and one style sheet) into one
 * script the hub serves: no framework, no CDN, a few kilobytes for a TV's browser. `npm run build`
 * runs it after the app's own build; the tests run it into their own folder.
 */
export async function buildHallDisplay(outDir: string = defaultHallDisplayDir): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'renderer/hall-display/main.ts')],
    outfile: join(outDir, HALL_DISPLAY_FILES.script),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'renderer/hall-display/hall-display.css'), join(outDir, HALL_DISPLAY_FILES.style));
  return outDir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`[hall-display] built into ${await buildHallDisplay()}\n`);
}
