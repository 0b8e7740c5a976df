import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { HubPairing } from '../../electron/core/hub-link';
import { ADMIN_CREDENTIAL_FILE } from '../../electron/hub/pairing';
import { CERTIFICATE_FILE, certificateFingerprint } from '../../electron/hub/tls';

export type HubProcess = { child: ChildProcess; port: number; exited: Promise<void> };

/** The headless hub (`npm run hub`, bundled) on a free loopback port, once it answers. */
export function startHubProcess(runner: string, dataDir: string): Promise<HubProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, '--data', dataDir, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    child.on('exit', (code, signal) => signal === null && reject(new Error(`hub exited ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^\[hub\] ready port=(\d+)$/.exec(line);
      if (ready) resolve({ child, port: Number(ready[1]), exited });
    });
  });
}

/** The hub's own supervisor credential from its data folder, pinned to its certificate, at `port`. */
export function processAdminPairing(dataDir: string, port: number): HubPairing {
  const certificatePem = readFileSync(join(dataDir, CERTIFICATE_FILE), 'utf8');
  return {
    url: `https://127.0.0.1:${port}`, hubId: 'unknown', fingerprint: certificateFingerprint(new X509Certificate(certificatePem).raw), certificatePem,
    deviceId: 'admin', role: 'supervisor', credential: readFileSync(join(dataDir, ADMIN_CREDENTIAL_FILE), 'utf8'),
  };
}
