import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ExportManifest } from '../../electron/core/attachments/attachment-export';
import { openCoreClient } from '../support/core-client';
import { blobPath, collectBlobs } from '../support/core-internals';
import { completeFields, finishedApplication } from '../support/finished-application';
import { jpegBytes, pdfBytes } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';
import { OTHER_LABEL, uploadAndAttach } from '../support/upload';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function withApplication(name: string, options: { exportTo?: string | null; now?: () => Date } = {}) {
  const dir = tempDir(name);
  const { core, api } = openCoreClient({
    dataDir: join(dir, 'data'),
    ...(options.now ? { now: options.now } : {}),
    ...(options.exportTo !== undefined ? { chooseExportFolder: () => Promise.resolve(options.exportTo ?? null) } : {}),
  });
  const ids = { visitId: uuidv7(), applicationId: uuidv7() };
  await finishedApplication(api, ids, completeFields);
  return { dir, core, api, ids };
}

async function readWhole(api: Awaited<ReturnType<typeof withApplication>>['api'], id: string): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const { contentBase64, size } = await api.call('attachments.read', { id, offset, length: 300_000 });
    const piece = Buffer.from(contentBase64, 'base64');
    pieces.push(piece);
    offset += piece.length;
    if (offset >= size || piece.length === 0) return Buffer.concat(pieces);
  }
}

describe('uploads in pieces', () => {
  it('takes a multi-megabyte scan in pieces, tolerates a piece sent twice, and reads it back whole', async () => {
    const { core, api, ids } = await withApplication('upload-pieces');
    const pdf = await PDFDocument.create();
    // Random pixels do not compress: four pages of them make a scan of several megabytes.
    for (let i = 0; i < 4; i++) {
      const image = new PNG({ width: 500, height: 500 });
      image.data = randomBytes(500 * 500 * 4);
      pdf.addPage().drawImage(await pdf.embedPng(PNG.sync.write(image)), { x: 0, y: 0, width: 500, height: 500 });
    }
    const bytes = Buffer.from(await pdf.save());
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);

    const { uploadId } = await api.call('uploads.begin', { fileName: 'паспорт.pdf', size: bytes.length });
    const piece = 1024 * 1024;
    await api.call('uploads.chunk', { uploadId, offset: 0, contentBase64: bytes.subarray(0, piece).toString('base64') });
    // The answer to the first piece was lost; the desk sends it again: nothing is doubled.
    expect(await api.call('uploads.chunk', { uploadId, offset: 0, contentBase64: bytes.subarray(0, piece).toString('base64') })).toEqual({ received: piece });
    await expect(api.call('uploads.chunk', { uploadId, offset: 2 * piece, contentBase64: 'AAAA' })).rejects.toMatchObject({ code: 'upload.out_of_order' });
    await expect(api.call('attachments.add', { applicationId: ids.applicationId, checklistItem: 'identity-document', uploadId })).rejects.toMatchObject({
      code: 'upload.incomplete',
    });
    for (let offset = piece; offset < bytes.length; offset += piece) {
      await api.call('uploads.chunk', { uploadId, offset, contentBase64: bytes.subarray(offset, offset + piece).toString('base64') });
    }
    const attached = await api.call('attachments.add', { applicationId: ids.applicationId, checklistItem: 'identity-document', uploadId });
    expect(attached).toMatchObject({ sha256: sha256(bytes), size: bytes.length, pageCount: 4, version: 1, originalId: null });
    expect((await readWhole(api, attached.id)).equals(bytes)).toBe(true);
    // An upload is used once.
    await expect(api.call('attachments.add', { applicationId: ids.applicationId, checklistItem: 'identity-document', uploadId })).rejects.toMatchObject({
      code: 'upload.not_found',
    });
    await core.close();
  });

  it('refuses too large, empty and badly named files before a byte is sent', async () => {
    const { core, api } = await withApplication('upload-refusals');
    const rule = (message: string) => ({ code: 'attachment.refused', issues: [{ path: ['file'], message }] });
    await expect(api.call('uploads.begin', { fileName: 'big.pdf', size: 26 * 1024 * 1024 })).rejects.toMatchObject(rule('validation.attachment_too_large'));
    await expect(api.call('uploads.begin', { fileName: 'empty.pdf', size: 0 })).rejects.toMatchObject(rule('validation.attachment_empty'));
    await expect(api.call('uploads.begin', { fileName: '..\\..\\x.pdf', size: 10 })).rejects.toMatchObject(rule('validation.attachment_name'));
    const { uploadId } = await api.call('uploads.begin', { fileName: 'short.pdf', size: 4 });
    await expect(api.call('uploads.chunk', { uploadId, offset: 0, contentBase64: Buffer.from('too long').toString('base64') })).rejects.toMatchObject(
      rule('validation.attachment_too_large'),
    );
    await expect(api.call('uploads.chunk', { uploadId: uuidv7(), offset: 0, contentBase64: 'AAAA' })).rejects.toMatchObject({ code: 'upload.not_found' });
    await core.close();
  });
});

describe('rotation', () => {
  it('turns an image a quarter clockwise as a new version and keeps the original as scanned', async () => {
    const { core, api, ids } = await withApplication('rotate-image');
    // 3 wide, 2 high; the top-left pixel is red.
    const png = new PNG({ width: 3, height: 2 });
    png.data.fill(255);
    png.data.set([255, 0, 0, 255], 0);
    const original = await uploadAndAttach(api, ids.applicationId, 'identity-document', 'card.png', PNG.sync.write(png));
    const turned = await api.call('attachments.rotate', { id: original.id });
    expect(turned).toMatchObject({ version: 2, originalId: original.id, mediaType: 'image/png', checklistItem: 'identity-document' });
    const image = PNG.sync.read(await readWhole(api, turned.id));
    expect([image.width, image.height]).toEqual([2, 3]);
    // Clockwise: the top-left corner goes to the top-right.
    expect([...image.data.subarray(4, 8)]).toEqual([255, 0, 0, 255]);
    expect([...image.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);

    const third = await api.call('attachments.rotate', { id: turned.id });
    expect(third).toMatchObject({ version: 3, originalId: original.id });
    const listing = await api.call('attachments.list', { applicationId: ids.applicationId });
    expect(listing.attachments.map((a) => a.id)).toEqual([third.id]);
    expect(existsSync(blobPath(core, original.sha256))).toBe(true);
    expect((await readWhole(api, original.id)).equals(PNG.sync.write(png))).toBe(true);

    const photo = await uploadAndAttach(api, ids.applicationId, 'other', 'photo.jpg', jpegBytes(40, 20, 3));
    const photoTurned = await api.call('attachments.rotate', { id: photo.id });
    const decoded = jpeg.decode(await readWhole(api, photoTurned.id));
    expect([decoded.width, decoded.height, photoTurned.mediaType]).toEqual([20, 40, 'image/jpeg']);
    await expect(api.call('attachments.rotate', { id: photo.id, page: 2 })).rejects.toMatchObject({ issues: [{ message: 'validation.attachment_rotate_page' }] });

    // Removing the document removes every version; the files go at the next collection.
    expect(await api.call('attachments.remove', { id: third.id })).toEqual({ removed: true });
    expect((await api.call('attachments.list', { applicationId: ids.applicationId })).attachments.map((a) => a.id)).toEqual([photoTurned.id]);
    expect(collectBlobs(core)).toBe(3);
    await core.close();
  });

  it('turns one page of a PDF by its rotation entry, the other pages untouched', async () => {
    const { core, api, ids } = await withApplication('rotate-pdf');
    const original = await uploadAndAttach(api, ids.applicationId, 'identity-document', 'id.pdf', await pdfBytes(3));
    const turned = await api.call('attachments.rotate', { id: original.id, page: 2 });
    const pdf = await PDFDocument.load(await readWhole(api, turned.id));
    expect(pdf.getPages().map((page) => page.getRotation().angle)).toEqual([0, 90, 0]);
    expect(turned.pageCount).toBe(3);
    await expect(api.call('attachments.rotate', { id: original.id, page: 4 })).rejects.toMatchObject({ issues: [{ message: 'validation.attachment_rotate_page' }] });
    await core.close();
  });
});

describe('completing an application', () => {
  it('needs every required document, or a waiver with a reason, and moves the visit to the send queue', async () => {
    const { core, api, ids } = await withApplication('complete');
    await api.call('statements.export', { visitId: ids.visitId, purpose: 'export' });
    await api.call('visits.transition', { id: ids.visitId, to: 'signed' });
    await expect(api.call('applications.complete', { id: ids.applicationId })).rejects.toMatchObject({
      code: 'application.documents_missing',
      issues: [
        { path: ['documents', 'identity-document'], message: 'validation.document_missing' },
        { path: ['documents', 'signed-statement'], message: 'validation.document_missing' },
      ],
    });
    await uploadAndAttach(api, ids.applicationId, 'identity-document', 'id.pdf', await pdfBytes(1));
    await expect(api.call('attachments.waive', { applicationId: ids.applicationId, item: 'birth-certificate', reason: 'n/a' })).rejects.toMatchObject({
      code: 'attachment.not_required',
    });
    await expect(api.call('attachments.waive', { applicationId: ids.applicationId, item: 'signed-statement', reason: '  ' })).rejects.toMatchObject({
      code: 'contract.invalid_input',
    });
    const checklist = await api.call('attachments.waive', { applicationId: ids.applicationId, item: 'signed-statement', reason: 'Scanner broken; paper copy sent by courier' });
    // A conditional document, or one the centre obtains from state systems, blocks nothing and is not waived.
    const conditional = checklist.find((entry) => entry.requirement === 'conditional' || entry.provision === 'from-state-systems')!;
    await expect(api.call('attachments.waive', { applicationId: ids.applicationId, item: conditional.item, reason: 'n/a' })).rejects.toMatchObject({
      code: 'attachment.not_required',
    });
    expect(checklist.at(-1)).toMatchObject({ item: 'signed-statement', covered: false, waiver: { reason: 'Scanner broken; paper copy sent by courier', waivedBy: 'supervisor' } });
    expect(await api.call('applications.complete', { id: ids.applicationId })).toMatchObject({ status: 'queued' });
    // Sent again (a lost answer): the same result, nothing more recorded.
    expect(await api.call('applications.complete', { id: ids.applicationId })).toMatchObject({ status: 'queued' });
    const { events } = await api.call('visits.get', { id: ids.visitId });
    expect(events.filter((event) => event.to === 'queued')).toHaveLength(1);
    // Once queued, the documents are closed for changes.
    await expect(uploadAndAttach(api, ids.applicationId, 'other', 'late.pdf', await pdfBytes(1))).rejects.toMatchObject({ code: 'application.locked' });
    await core.close();
  });

  it('is refused before the statement is signed', async () => {
    const { core, api, ids } = await withApplication('complete-early');
    await uploadAndAttach(api, ids.applicationId, 'identity-document', 'id.pdf', await pdfBytes(1));
    await uploadAndAttach(api, ids.applicationId, 'signed-statement', 'signed.pdf', await pdfBytes(1));
    await expect(api.call('applications.complete', { id: ids.applicationId })).rejects.toMatchObject({ code: 'visit.transition_refused' });
    await core.close();
  });
});

describe('export of documents', () => {
  it('writes the documents with a manifest and checksums that match, into a new folder', async () => {
    const target = tempDir('export-target');
    const { core, api, ids } = await withApplication('export', { exportTo: target });
    const files = [await pdfBytes(2), jpegBytes(30, 30, 9)];
    await uploadAndAttach(api, ids.applicationId, 'identity-document', 'жеке куәлік.pdf', files[0]!);
    await uploadAndAttach(api, ids.applicationId, 'other', 'анықтама: 1/2.jpg'.replace('/', ''), files[1]!);
    const result = await api.call('attachments.export', { applicationId: ids.applicationId });
    if (result.outcome !== 'exported') throw new Error('not exported');
    expect(result.files).toBe(2);
    const manifest = JSON.parse(readFileSync(join(result.folder, 'manifest.json'), 'utf8')) as ExportManifest;
    expect(manifest.application).toBe(ids.applicationId);
    expect(manifest.files.map((f) => f.sha256)).toEqual(files.map(sha256));
    for (const file of manifest.files) expect(sha256(readFileSync(join(result.folder, file.file)))).toBe(file.sha256);
    expect(manifest.files[1]!.file).toBe('02-other-анықтама_ 12.jpg');
    // The receiving body reads what each file is, as the statement names it.
    expect(manifest.files.map((f) => f.document.ru)).toEqual([expect.stringMatching(/^Документ, удостоверяющий личность/u), OTHER_LABEL]);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: result.folder, encoding: 'utf8' })).toMatch(/: OK\n.*: OK\n$/);
    await core.close();
  });

  it('gives each of several exports in one second its own complete folder', async () => {
    const target = tempDir('export-repeat');
    // A clock that stands still: every export below falls in the same second.
    const instant = new Date('2026-12-01T09:30:15.250Z');
    const { core, api, ids } = await withApplication('export-repeat', { exportTo: target, now: () => instant });
    await uploadAndAttach(api, ids.applicationId, 'identity-document', 'id.pdf', await pdfBytes(1));
    const sequential = [];
    for (let i = 0; i < 3; i++) sequential.push(await api.call('attachments.export', { applicationId: ids.applicationId }));
    // A double click: two exports in flight at once.
    const together = await Promise.all([1, 2].map(() => api.call('attachments.export', { applicationId: ids.applicationId })));
    const folders = [...sequential, ...together].map((result) => (result.outcome === 'exported' ? result.folder : ''));
    expect(new Set(folders).size).toBe(5);
    for (const folder of folders) {
      expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' })).toMatch(/: OK\n$/);
      expect(existsSync(join(folder, 'manifest.json'))).toBe(true);
    }
    expect(readdirSync(target).filter((name) => name.endsWith('.partial'))).toEqual([]);
    await core.close();
  });

  it('says when export is cancelled, unavailable, or the folder cannot be written', async () => {
    const cancelled = await withApplication('export-cancel', { exportTo: null });
    expect(await cancelled.api.call('attachments.export', { applicationId: cancelled.ids.applicationId })).toEqual({ outcome: 'cancelled' });
    await cancelled.core.close();
    const none = await withApplication('export-none');
    await expect(none.api.call('attachments.export', { applicationId: none.ids.applicationId })).rejects.toMatchObject({ code: 'export.unavailable' });
    await none.core.close();
    const blocked = tempDir('export-blocked');
    mkdirSync(join(blocked, 'file-not-folder'), { recursive: true });
    const failing = await withApplication('export-fail', { exportTo: join(blocked, 'missing', '\u0000bad') });
    await uploadAndAttach(failing.api, failing.ids.applicationId, 'other', 'a.pdf', await pdfBytes(1));
    await expect(failing.api.call('attachments.export', { applicationId: failing.ids.applicationId })).rejects.toMatchObject({ code: 'export.failed' });
    expect((await failing.api.call('attachments.list', { applicationId: failing.ids.applicationId })).attachments).toHaveLength(1);
    await failing.core.close();
  });
});
