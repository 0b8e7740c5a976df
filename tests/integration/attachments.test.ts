import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCoreClient } from '../support/core-client';
import { completeFields } from '../support/finished-application';
import { sampleFiles } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';
import { blobContent } from '../support/workstation-files';

const dir = tempDir('attach');
const dataDir = join(dir, 'data');
const { core, api } = openCoreClient({ dataDir });
afterAll(() => core.close());
let files: Awaited<ReturnType<typeof sampleFiles>>;
const applications: string[] = [];

beforeAll(async () => {
  files = await sampleFiles(dir);
  for (const name of ['Әлия', 'Ұлан']) {
    const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: name });
    const id = uuidv7();
    await api.call('applications.saveDraft', { id, visitId: visit.id, fields: completeFields });
    applications.push(id);
  }
});

const attach = (applicationId: string, filePath: string, fileName = filePath.split('/').at(-1)!) =>
  core.attachments.import({ applicationId, checklistItem: 'identity-document', fileName, filePath });
const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const blobFiles = () => (existsSync(join(dataDir, 'blobs')) ? readdirSync(join(dataDir, 'blobs'), { recursive: true }).filter((p) => /[0-9a-f]{64}$/.test(String(p))) : []);

describe('attachments', () => {
  it('accepts PDF, JPEG, PNG and TIFF by their content, with page counts, stored under their SHA-256', async () => {
    const pdf = await attach(applications[0]!, files.good.pdf);
    expect(pdf).toMatchObject({ mediaType: 'application/pdf', pageCount: 3, sha256: sha256Of(files.good.pdf), originalName: 'id-card.pdf' });
    expect(blobContent(dataDir, core.attachments.blobPath(pdf.sha256)).equals(readFileSync(files.good.pdf))).toBe(true);
    // On disk the scan is sealed: not one run of its bytes is there in clear.
    expect(readFileSync(core.attachments.blobPath(pdf.sha256)).includes(readFileSync(files.good.pdf).subarray(0, 64))).toBe(false);
    expect(core.attachments.blobPath(pdf.sha256)).toContain(join('blobs', pdf.sha256.slice(0, 2), pdf.sha256.slice(2, 4), pdf.sha256));
    expect((await attach(applications[0]!, files.good.jpeg)).mediaType).toBe('image/jpeg');
    expect((await attach(applications[0]!, files.good.png)).mediaType).toBe('image/png');
    expect((await attach(applications[0]!, files.good.tiff)).mediaType).toBe('image/tiff');
    expect(core.attachments.list(applications[0]!)).toHaveLength(4);
  });

  it.each([
    ['an .exe renamed .pdf', 'exeAsPdf', 'validation.attachment_type'],
    ['a truncated PDF', 'truncatedPdf', 'validation.attachment_pdf_broken'],
    ['an encrypted PDF', 'encrypted', 'validation.attachment_pdf_encrypted'],
    ['a zero-byte file', 'empty', 'validation.attachment_empty'],
    ['a 26 MB file', 'huge', 'validation.attachment_too_large'],
    ['a PNG cut short', 'brokenPng', 'validation.attachment_image_broken'],
    ['text named .jpg', 'textAsJpeg', 'validation.attachment_type'],
  ] as const)('refuses %s, naming the rule, and leaves nothing behind', async (_label, key, message) => {
    const before = { rows: core.attachments.list(applications[1]!).length, blobs: blobFiles().length };
    await expect(attach(applications[1]!, files.hostile[key])).rejects.toMatchObject({
      code: 'attachment.refused',
      issues: [{ path: ['file'], message }],
    });
    expect({ rows: core.attachments.list(applications[1]!).length, blobs: blobFiles().length }).toEqual(before);
    expect(readdirSync(join(dataDir, 'blobs', 'tmp'))).toEqual([]);
  });

  it.each(['..\\..\\x.pdf', '../x.pdf', 'a/b.pdf', 'bad\u0007name.pdf', '', '..'])('refuses the name %j', async (name) => {
    await expect(attach(applications[1]!, files.good.pdf, name)).rejects.toMatchObject({
      issues: [{ path: ['file'], message: 'validation.attachment_name' }],
    });
  });

  it('stores the same scan once, keeps it while any attachment uses it, and collects it after', async () => {
    const first = core.attachments.list(applications[0]!).find((a) => a.mediaType === 'application/pdf')!;
    const second = await attach(applications[1]!, files.good.pdf, 'same-scan.pdf');
    expect(second.sha256).toBe(first.sha256);
    expect(blobFiles().filter((p) => String(p).endsWith(first.sha256))).toHaveLength(1);
    expect(core.attachments.remove(second.id)).toBe(true);
    expect(core.attachments.collect()).toBe(0);
    expect(existsSync(core.attachments.blobPath(first.sha256))).toBe(true);
    expect(core.attachments.remove(first.id)).toBe(true);
    expect(core.attachments.collect()).toBe(1);
    expect(existsSync(core.attachments.blobPath(first.sha256))).toBe(false);
  });

  it('refuses files for an application that does not exist', async () => {
    await expect(attach(uuidv7(), files.good.png)).rejects.toMatchObject({ code: 'application.not_found' });
  });
});
