import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { v7 as uuidv7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import { openCoreClient } from '../support/core-client';
import { completeFields } from '../support/finished-application';
import { bundledFixture } from '../support/bundled-fixture';
import { tempDir } from '../support/temp-dir';
import { blobContent, openWorkstationDb } from '../support/workstation-files';

let writer = '';

// Two hundred restarts: the writer is bundled once so each starts quickly.
beforeAll(async () => {
  writer = await bundledFixture('attachment-writer.ts');
}, 60_000);
const rounds = Number(process.env.KILL_ROUNDS ?? 200);

/**
 * Starts the writer and SIGKILLs it `delayMs` after it has confirmed `afterImports` imports: the
 * kill point follows the writer's progress, not the clock, so a loaded machine still kills it in
 * the middle of its work.
 */
function runAndKill(args: string[], afterImports: number, delayMs: number): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const confirmed: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line !== 'ready') confirmed.push(line);
      if (confirmed.length === afterImports && (line === 'ready' || afterImports > 0)) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolvePromise(confirmed) : reject(new Error(stderr))));
  });
}


describe('attachment import through crashes', () => {
  it(`keeps every recorded attachment whole and shows no partial file after ${rounds} SIGKILLs`, async () => {
    const dir = tempDir('attach-crash');
    const dataDir = join(dir, 'data');
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    const { core, api } = openCoreClient({ dataDir });
    const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Сынақ' });
    const applicationId = uuidv7();
    await api.call('applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
    await core.close();

    const confirmed: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const afterImports = round === 0 ? 2 : Math.floor(Math.random() * 4);
      confirmed.push(...(await runAndKill([dataDir, applicationId, sources, String(round)], afterImports, Math.floor(Math.random() * 40))));
    }

    const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare('SELECT id, sha256, size FROM attachments').all() as { id: string; sha256: string; size: number }[];
    db.close();
    // Nothing the writer was told was saved is missing.
    const stored = new Set(rows.map((row) => row.id));
    expect(confirmed.filter((id) => !stored.has(id))).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    const blobs = join(dataDir, 'blobs');
    const blobPath = (sha: string) => join(blobs, sha.slice(0, 2), sha.slice(2, 4), sha);
    // No row without its whole file: sealed, it authenticates and holds exactly the content named.
    const contentHash = (path: string) => createHash('sha256').update(blobContent(dataDir, path)).digest('hex');
    for (const row of rows) {
      expect(blobContent(dataDir, blobPath(row.sha256)).length, row.id).toBe(row.size);
      expect(contentHash(blobPath(row.sha256))).toBe(row.sha256);
    }
    // No partial file at a final path: every visible blob is exactly what its name says.
    const visible = readdirSync(blobs, { recursive: true }).map(String).filter((p) => /[0-9a-f]{64}$/.test(p) && !p.startsWith('tmp'));
    for (const path of visible) expect(contentHash(join(blobs, path))).toBe(path.split('/').at(-1));
    // Temporary files a kill left behind are swept when the store opens again.
    const reopened = openCoreClient({ dataDir });
    expect(readdirSync(join(blobs, 'tmp'))).toEqual([]);
    await reopened.core.close();
  }, 600_000);
});
