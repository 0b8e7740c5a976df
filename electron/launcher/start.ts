import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { findElectronBinary } from './electron-binary';

/**
 * `npm start`: builds, then runs the Electron app where its binary exists; elsewhere says so in
 * one line and serves the same renderer and core through the browser harness.
 */
const root = resolve(import.meta.dirname, '../..');

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

function startApp(): ChildProcess {
  const electron = findElectronBinary();
  if (electron) return spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
  console.log(
    'Electron binary not installed on this machine (it cannot be downloaded here): serving the browser harness instead; open the URL below in a browser.',
  );
  return spawn(process.execPath, ['--import', 'tsx', 'electron/harness/main.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
}

const child = startApp();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
