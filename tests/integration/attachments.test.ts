import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { ApiClient } from '../../shared/contract/client';
import { withCore } from '../support/core-fixture';
import { attachmentList, blobPath, collectBlobs, importAttachmentFile, removeAttachment } from '../support/core-internals';
import { completeFields } from '../support/finished-application';
import { sampleFiles } from '../support/sample-files';
import { fileTempDir } from '../support/temp-dir';
import { blobContent } from '../support/workstation-files';

// The sample files are only ever read: one set, made once, serves every test of the file.
const samples = fileTempDir('attach-samples');
let files: Awaited<ReturnType<typeof sampleFiles>>;
beforeAll(async () => {
  files = await sampleFiles(samples());
});

/** A new workstation with one application in draft, which files are attached to. */
async function deskWithApplication() {
  const desk = withCore('attach');
  return { ...desk, applicationId: await draftApplication(desk.api, 'Әлия') };
}

async function draftApplication(api: ApiClient, name: string): Promise<string> {
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: name });
  const id = uuidv7();
  await api.call('applications.saveDraft', { id, visitId: visit.id, fields: completeFields });
  return id;
}

const attach = (core: Core, applicationId: string, filePath: string, fileName = filePath.split('/').at(-1)!) =>
  importAttachmentFile(core, { applicationId, checklistItem: 'identity-document', fileName, filePath });
const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const blobFiles = (dataDir: string) =>
  existsSync(join(dataDir, 'blobs')) ? readdirSync(join(dataDir, 'blobs'), { recursive: true }).filter((p) => /[0-9a-f]{64}$/.test(String(p))) : [];

describe('attachments', () => {
  it('accepts PDF, JPEG, PNG and TIFF by their content, with page counts, stored under their SHA-256', async () => {
    const { core, dataDir, applicationId } = await deskWithApplication();
    const pdf = await attach(core, applicationId, files.good.pdf);
    expect(pdf).toMatchObject({ mediaType: 'application/pdf', pageCount: 3, sha256: sha256Of(files.good.pdf), originalName: 'id-card.pdf' });
    expect(blobContent(dataDir, blobPath(core, pdf.sha256)).equals(readFileSync(files.good.pdf))).toBe(true);
    // On disk the scan is sealed: not one run of its bytes is there in clear.
    expect(readFileSync(blobPath(core, pdf.sha256)).includes(readFileSync(files.good.pdf).subarray(0, 64))).toBe(false);
    expect(blobPath(core, pdf.sha256)).toContain(join('blobs', pdf.sha256.slice(0, 2), pdf.sha256.slice(2, 4), pdf.sha256));
    expect((await attach(core, applicationId, files.good.jpeg)).mediaType).toBe('image/jpeg');
    expect((await attach(core, applicationId, files.good.png)).mediaType).toBe('image/png');
    expect((await attach(core, applicationId, files.good.tiff)).mediaType).toBe('image/tiff');
    expect(attachmentList(core, applicationId)).toHaveLength(4);
  });

  it.each([
    ['an .exe renamed .pdf', 'exeAsPdf', 'validation.attachment_type'],
    ['a truncated PDF', 'truncatedPdf', 'validation.attachment_pdf_broken'],
    ['an encrypted PDF', 'encrypted', 'validation.attachment_pdf_encrypted'],
    ['a zero-byte file', 'empty', 'validation.attachment_empty'],
    ['a 26 MB file', 'huge', 'validation.attachment_too_large'],
    ['a PNG cut short', 'brokenPng', 'validation.attachment_image_broken'],
    ['a JPEG cut short', 'brokenJpeg', 'validation.attachment_image_broken'],
    ['text named .jpg', 'textAsJpeg', 'validation.attachment_type'],
  ] as const)('refuses %s, naming the rule, and leaves nothing behind', async (_label, key, message) => {
    const { core, dataDir, applicationId } = await deskWithApplication();
    // Something already stored, which the refusal must leave as it was.
    await attach(core, applicationId, files.good.png);
    const before = { rows: attachmentList(core, applicationId).length, blobs: blobFiles(dataDir).length };
    expect(before).toEqual({ rows: 1, blobs: 1 });
    await expect(attach(core, applicationId, files.hostile[key])).rejects.toMatchObject({
      code: 'attachment.refused',
      issues: [{ path: ['file'], message }],
    });
    expect({ rows: attachmentList(core, applicationId).length, blobs: blobFiles(dataDir).length }).toEqual(before);
    expect(readdirSync(join(dataDir, 'blobs', 'tmp'))).toEqual([]);
  });

  it.each(['..\\..\\x.pdf', '../x.pdf', 'a/b.pdf', 'bad\u0007name.pdf', '', '..'])('refuses the name %j', async (name) => {
    const { core, applicationId } = await deskWithApplication();
    await expect(attach(core, applicationId, files.good.pdf, name)).rejects.toMatchObject({
      issues: [{ path: ['file'], message: 'validation.attachment_name' }],
    });
  });

  it('stores the same scan once, keeps it while any attachment uses it, and collects it after', async () => {
    const { core, api, dataDir, applicationId } = await deskWithApplication();
    const first = await attach(core, applicationId, files.good.pdf);
    const second = await attach(core, await draftApplication(api, 'Ұлан'), files.good.pdf, 'same-scan.pdf');
    expect(second.sha256).toBe(first.sha256);
    expect(blobFiles(dataDir).filter((p) => String(p).endsWith(first.sha256))).toHaveLength(1);
    expect(removeAttachment(core, second.id)).toBe(true);
    expect(collectBlobs(core)).toBe(0);
    expect(existsSync(blobPath(core, first.sha256))).toBe(true);
    expect(removeAttachment(core, first.id)).toBe(true);
    expect(collectBlobs(core)).toBe(1);
    expect(existsSync(blobPath(core, first.sha256))).toBe(false);
  });

  it('refuses files for an application that does not exist', async () => {
    const { core } = withCore('attach');
    await expect(attach(core, uuidv7(), files.good.png)).rejects.toMatchObject({ code: 'application.not_found' });
  });
});
