import js from '@eslint/js';
import type { Linter } from 'eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering by runtime, after Theia's common / browser / node / electron-main split:
 *   shared/          common: pure TypeScript, usable by every side
 *   renderer/        browser: React + Mantine, reaches the core only through the contract client
 *   electron/core/   node: all behaviour, never imports Electron or the UI
 *   electron/hub/    node: the centre's hub, headless or inside the app; uses the core only through feature indexes
 *   electron/harness node: the loopback host for the browser harness
 *   electron/renderer-host   node: what both hosts need to serve the built renderer (files, CSP)
 *   electron/main, electron/preload   electron-main: thin wiring only
 * A wrong import fails `npm test` through these rules.
 */
const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net',
  'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib',
];
const noNode = [{ group: ['node:*'], message: 'Node built-ins belong in electron/core.' }];
const noElectronPackage = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' };
const noDatabaseDriver = { name: 'better-sqlite3', message: 'Only repository modules in electron/core/storage talk to SQLite.' };
const uiPackages = ['react', 'react-dom', 'react-i18next', '@mantine/core', '@mantine/form', '@mantine/hooks', '@mantine/dates', '@mantine/charts', 'recharts'].map(
  (name) => ({ name, message: 'UI libraries belong in renderer/.' }),
);
const intoFolder = (folder: string, message: string) => ({ group: [`**/${folder}/**`, `**/${folder}`], message });
// Each folder of electron/core is a feature; another reaches it only through its index (`../audit`),
// so what a feature offers is written down in one place and its other modules stay its own.
const featureInternals = {
  regex: '^\\.\\.?/[^./][^/]*/(?!index$)[^/]+$',
  message: 'Import another core feature through its index (../feature), not its internal modules.',
};

// The hub reaches the core only through a feature's index (`../../core/storage`), as features reach each other.
const coreInternals = {
  regex: '(^|/)core/[^/]+/(?!index$)[^/]+$',
  message: 'The hub uses the core only through a feature index (../../core/storage), not its internal modules.',
};
// The desk talks to the hub over HTTPS (core/hub-link), never by importing it; `shared/hub` is the common protocol.
const intoHub = { regex: '^(\\.\\./)+hub(/|$)', message: 'The desk reaches the hub over the network, through core/hub-link.' };

function fence(files: string[], paths: object[], patterns: object[], ignores: string[] = []): Linter.Config {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/e2e/__screenshots__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  fence(
    ['shared/**/*.ts'],
    [noElectronPackage, noDatabaseDriver, ...uiPackages, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure TypeScript.' }))],
    [...noNode, intoFolder('electron', 'shared/ must not depend on electron/.'), intoFolder('renderer', 'shared/ must not depend on renderer/.')],
  ),
  fence(
    ['renderer/**/*.{ts,tsx}'],
    [noElectronPackage, noDatabaseDriver, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs sandboxed.' }))],
    [...noNode, intoFolder('electron', 'The renderer reaches the core only through the contract client.')],
  ),
  fence(
    ['electron/core/**/*.ts'],
    [noElectronPackage, noDatabaseDriver, ...uiPackages],
    [intoFolder('renderer', 'The core never imports the UI.'), intoFolder('main', 'The core never imports Electron wiring.'), intoFolder('harness', 'The core never imports a transport.'), featureInternals, intoHub],
    ['electron/core/storage/**'],
  ),
  fence(
    ['electron/core/storage/**/*.ts'],
    [noElectronPackage, ...uiPackages],
    [intoFolder('renderer', 'The core never imports the UI.'), intoFolder('main', 'The core never imports Electron wiring.'), featureInternals],
  ),
  fence(
    ['electron/hub/**/*.ts'],
    [noElectronPackage, noDatabaseDriver, ...uiPackages],
    [intoFolder('renderer', 'The hub never imports the UI.'), intoFolder('main', 'The hub runs without Electron.'), intoFolder('harness', 'The hub is not the desk harness.'), featureInternals, coreInternals],
  ),
  fence(
    ['electron/harness/**/*.ts', 'electron/launcher/**/*.ts', 'electron/renderer-host/**/*.ts'],
    // The launcher must not even require Electron: doing so starts a binary download.
    [noElectronPackage, noDatabaseDriver, ...uiPackages],
    [intoFolder('renderer', 'Transports serve the built renderer, never import it.'), intoFolder('main', 'The harness runs without Electron.')],
  ),
  fence(
    ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    [noDatabaseDriver, ...uiPackages],
    [intoFolder('renderer', 'Electron wiring never imports the UI.')],
  ),
  {
    files: ['electron/launcher/**/*.ts', 'electron/harness/main.ts', 'electron/hub/main.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
