import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/contract/client';
import { openCoreClient } from '../support/core-client';
import { collectBlobs, scannerIdle } from '../support/core-internals';
import { completeFields, finishedApplication } from '../support/finished-application';
import { pdfBytes, pngBytes } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';

const timing = { stableMs: 400, graceMs: 2500, pollMs: 50 };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function inboxSoon(api: ApiClient, count: number, timeoutMs = 10_000) {
  const started = Date.now();
  for (;;) {
    const { files } = await api.call('scanner.inbox', {});
    if (files.length >= count || Date.now() - started > timeoutMs) return files;
    await sleep(50);
  }
}

/** Writes `bytes` as a slow scanner does: in pieces, with pauses between them. */
async function writeSlowly(path: string, bytes: Buffer, pieces: number, pauseMs: number, whileWriting: () => Promise<void>) {
  const size = Math.ceil(bytes.length / pieces);
  writeFileSync(path, bytes.subarray(0, size));
  for (let offset = size; offset < bytes.length; offset += size) {
    await sleep(pauseMs);
    await whileWriting();
    appendFileSync(path, bytes.subarray(offset, offset + size));
  }
}

function open(name: string) {
  const dir = tempDir(name);
  const folder = join(dir, 'scans');
  mkdirSync(folder);
  const { core, api } = openCoreClient({ dataDir: join(dir, 'data'), scannerTiming: timing });
  return { dir, folder, core, api };
}

describe('the watched scanner folder', () => {
  it('takes a file written slowly in pieces once, after it is complete, and clears it from the folder', async () => {
    const { folder, core, api } = open('scanner-slow');
    expect(await api.call('scanner.setFolder', { folder })).toEqual({ folder, files: [] });
    const bytes = Buffer.concat([await pdfBytes(6), Buffer.alloc(0)]);
    const path = join(folder, 'scan-0001.pdf');
    await writeSlowly(path, bytes, 10, 150, async () => {
      expect((await api.call('scanner.inbox', {})).files).toEqual([]);
    });
    const files = await inboxSoon(api, 1);
    expect(files).toMatchObject([{ originalName: 'scan-0001.pdf', mediaType: 'application/pdf', size: bytes.length, pageCount: 6, refusedRule: null }]);
    await scannerIdle(core);
    expect(existsSync(path)).toBe(false);
    // Longer than the stability time again: still once.
    await sleep(timing.stableMs * 2);
    expect(await api.call('scanner.inbox', {})).toMatchObject({ files: [{ originalName: 'scan-0001.pdf' }] });
    await core.close();
  });

  it('waits for a PDF whose writer pauses longer than the stability time, instead of refusing half of it', async () => {
    const { folder, core, api } = open('scanner-pause');
    await api.call('scanner.setFolder', { folder });
    const bytes = await pdfBytes(4);
    const path = join(folder, 'scan-0002.pdf');
    await writeSlowly(path, bytes, 2, timing.stableMs * 3, async () => {});
    const files = await inboxSoon(api, 1);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ refusedRule: null, size: bytes.length, pageCount: 4 });
    await core.close();
  });

  it('shows a file that is not a scan as refused with its rule, leaves it in place, and takes files found at start', async () => {
    const { folder, dir, core, api } = open('scanner-hostile');
    writeFileSync(join(folder, 'before.png'), pngBytes(10, 10, 4));
    writeFileSync(join(folder, 'scan.pdf'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 1)]));
    writeFileSync(join(folder, '.~lock.tmp'), 'editor lock');
    await api.call('scanner.setFolder', { folder });
    const files = await inboxSoon(api, 2);
    expect(files.map((f) => [f.originalName, f.refusedRule]).sort()).toEqual([
      ['before.png', null],
      ['scan.pdf', 'type'],
    ]);
    await scannerIdle(core);
    expect(readdirSync(folder).sort()).toEqual(['.~lock.tmp', 'scan.pdf']);
    const refused = files.find((f) => f.refusedRule)!;
    expect(await api.call('scanner.discard', { inboxId: refused.id })).toEqual({ discarded: true });
    expect((await api.call('scanner.inbox', {})).files.map((f) => f.originalName)).toEqual(['before.png']);
    await expect(api.call('scanner.setFolder', { folder: join(dir, 'nowhere') })).rejects.toMatchObject({ code: 'scanner.folder_unavailable' });
    // Without a folder nothing is watched: a new file stays where the scanner put it.
    expect(await api.call('scanner.setFolder', { folder: null })).toMatchObject({ folder: null });
    writeFileSync(join(folder, 'after.png'), pngBytes(10, 10, 6));
    await sleep(timing.stableMs * 3);
    await scannerIdle(core);
    expect(readdirSync(folder)).toContain('after.png');
    expect((await api.call('scanner.inbox', {})).files.map((f) => f.originalName)).toEqual(['before.png']);
    await core.close();
  });

  it('takes a batch dropped at once, a few at a time, each file once and whole, and clears only what it took', async () => {
    const { folder, core, api } = open('scanner-batch');
    await api.call('scanner.setFolder', { folder });
    const batch = new Map<string, { bytes: Buffer; pages: number }>();
    for (let page = 1; page <= 6; page++) batch.set(`page-${page}.pdf`, { bytes: await pdfBytes(page), pages: page });
    for (let photo = 1; photo <= 3; photo++) batch.set(`photo-${photo}.png`, { bytes: pngBytes(40 + photo, 30, photo), pages: 1 });
    for (const [name, { bytes }] of batch) writeFileSync(join(folder, name), bytes);
    writeFileSync(join(folder, 'notes.pdf'), 'not a scan');
    const files = await inboxSoon(api, batch.size + 1);
    await scannerIdle(core);
    expect(files).toHaveLength(batch.size + 1);
    for (const [name, { bytes, pages }] of batch) {
      expect(files.filter((file) => file.originalName === name)).toMatchObject([{ size: bytes.length, pageCount: pages, refusedRule: null }]);
    }
    expect(files.find((file) => file.originalName === 'notes.pdf')).toMatchObject({ refusedRule: 'type' });
    expect(readdirSync(folder)).toEqual(['notes.pdf']);
    // Every stored file is one the inbox holds: none was taken twice or left half-stored.
    expect(collectBlobs(core)).toBe(0);
    await core.close();
  });

  it('assigns a waiting scan to an application with one call, keeps its file until then, and resumes after a restart', async () => {
    const { folder, dir, core, api } = open('scanner-assign');
    await api.call('scanner.setFolder', { folder });
    const scan = await pdfBytes(2);
    writeFileSync(join(folder, 'id.pdf'), scan);
    const [waiting] = await inboxSoon(api, 1);
    // Collection must not take a file that waits in the inbox.
    expect(collectBlobs(core)).toBe(0);
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    const attachment = await api.call('scanner.assign', { inboxId: waiting!.id, applicationId: ids.applicationId, checklistItem: 'identity-document' });
    expect(attachment).toMatchObject({ sha256: sha256(scan), originalName: 'id.pdf', pageCount: 2 });
    expect((await api.call('attachments.list', { applicationId: ids.applicationId })).checklist[0]).toMatchObject({ covered: true });
    expect((await api.call('scanner.inbox', {})).files).toEqual([]);
    await expect(api.call('scanner.assign', { inboxId: waiting!.id, applicationId: ids.applicationId, checklistItem: 'other' })).rejects.toMatchObject({
      code: 'scanner.not_found',
    });
    await core.close();

    const reopened = openCoreClient({ dataDir: join(dir, 'data'), scannerTiming: timing });
    writeFileSync(join(folder, 'later.png'), pngBytes(12, 12, 5));
    expect(await inboxSoon(reopened.api, 1)).toMatchObject([{ originalName: 'later.png' }]);
    await reopened.core.close();
  });
});
