import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

/** Bare module names a built bundle loads at run time (what the packaged app must carry). */
function externalImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const names = [...code.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*)["']([^"'./][^"']*)["']/g)].map((match) => match[1]!);
  return [...new Set(names.map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!)))];
}

describe('Windows packaging', () => {
  it('electron-builder.yml passes electron-builder’s own configuration check', async () => {
    const config = await getConfig(root, resolve(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(JSON.stringify(config.files)).toContain('"resources/fonts/**","resources/templates/**"');
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
  });

  it('builds an assisted NSIS installer in Kazakh and Russian that offers a per-machine install, with the app icon', async () => {
    const config = await getConfig(root, resolve(root, 'electron-builder.yml'), null);
    expect(config.appId).toBe('kz.qabyldau.desk');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, multiLanguageInstaller: true, installerLanguages: ['kk_KZ', 'ru_RU'] });
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    for (const icon of [config.win?.icon, config.nsis?.installerIcon, config.nsis?.uninstallerIcon]) expect(icon).toBe('resources/icons/icon.ico');
    // An ICO whose one image is a 256×256 PNG: what Windows shows on the desktop and in the installer.
    const ico = readFileSync(resolve(root, 'resources/icons/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    const image = ico.subarray(ico.readUInt32LE(18), ico.readUInt32LE(18) + ico.readUInt32LE(14));
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([256, 256]);
  });

  it('flips the Electron fuses that close the packaged binary to other code', async () => {
    const config = await getConfig(root, resolve(root, 'electron-builder.yml'), null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('the check really refuses a broken configuration', async () => {
    const config = await getConfig(root, resolve(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, oneClik: true } as never }, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration object[\s\S]*configuration\.nsis/,
    );
  });

  it('the bundle it packages is complete: entry points built and every runtime import a dependency', () => {
    const bundles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((file) => resolve(root, file));
    for (const bundle of bundles) expect(existsSync(bundle), `${bundle} (run npm run build first)`).toBe(true);
    expect(resolve(root, packageJson.main)).toBe(bundles[0]);
    const provided = new Set([...builtinModules, 'electron', ...Object.keys(packageJson.dependencies)]);
    const main = externalImports(bundles[0]!).filter((name) => !name.startsWith('node:'));
    expect(main.filter((name) => !provided.has(name))).toEqual([]);
    // What the core reads at run time from resources/ is there and packaged.
    for (const file of ['resources/fonts/NotoSans-Regular.ttf', 'resources/fonts/NotoSans-Bold.ttf', 'resources/fonts/OFL.txt', 'resources/templates/statement.json']) {
      expect(existsSync(resolve(root, file)), file).toBe(true);
    }
    // The sandboxed preload can load nothing but Electron itself.
    expect(externalImports(bundles[1]!)).toEqual(['electron']);
  });
});
