import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { bundledFixture } from '../support/bundled-fixture';
import { tempDir } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

// Bundled once: a writer started through tsx spends most of its short life compiling.
let writer = '';
beforeAll(async () => {
  writer = await bundledFixture('walk-in-writer.ts');
}, 60_000);

/** Runs the writer until it has confirmed `confirmations` saves, then SIGKILLs it mid-stream. */
function runAndKill(dataDir: string, confirmations: number): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const confirmed: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      confirmed.push(line);
      if (confirmed.length === confirmations) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(confirmed);
      else reject(new Error(`writer ended without being killed: ${stderr}`));
    });
  });
}

describe('crash durability', () => {
  it('keeps every visit the operator was told was saved through repeated SIGKILLs', async () => {
    const dataDir = tempDir('crash');
    const confirmed: string[] = [];
    for (let round = 0; round < 8; round++) {
      confirmed.push(...(await runAndKill(dataDir, 5 + Math.floor(Math.random() * 60))));
    }
    const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
    const stored = new Set(db.prepare('SELECT id FROM visits').pluck().all() as string[]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const lost = confirmed.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    // At most one unconfirmed save per kill may have landed after its answer was cut off.
    expect(stored.size - confirmed.length).toBeLessThanOrEqual(8);
  }, 120_000);
});
