import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { openCoreClient } from '../support/core-client';
import { completeFields, finishedApplication } from '../support/finished-application';
import { pdfBytes, pngBytes } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';
import { uploadAndAttach } from '../support/upload';

describe('attachments through the contract', () => {
  it('adds files against the checklist, shows what is covered and missing, and removes them', async () => {
    const { core, api } = openCoreClient({ dataDir: tempDir('attach-contract') });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    const before = await api.call('attachments.list', { applicationId: ids.applicationId });
    // The age pension's documents from its standard, then the signed statement every application needs.
    expect(before.checklist[0]).toMatchObject({ item: 'identity-document', requirement: 'required', provision: 'original-returned', covered: false, waiver: null });
    expect(before.checklist.at(-1)).toMatchObject({ item: 'signed-statement', covered: false, waiver: null });
    expect(before.checklist.length).toBeGreaterThan(3);
    expect(before.standard?.reference).toMatch(/№ 232/u);

    const added = await uploadAndAttach(api, ids.applicationId, 'identity-document', 'жеке-куәлік.pdf', await pdfBytes(2));
    expect(added).toMatchObject({ mediaType: 'application/pdf', pageCount: 2, originalName: 'жеке-куәлік.pdf' });
    const after = await api.call('attachments.list', { applicationId: ids.applicationId });
    expect(after.checklist[0]).toMatchObject({ item: 'identity-document', covered: true, waiver: null });
    expect(after.attachments.map((a) => a.id)).toEqual([added.id]);

    await expect(
      uploadAndAttach(api, ids.applicationId, 'other', 'x.pdf', Buffer.from('MZ not a pdf')),
    ).rejects.toMatchObject({ code: 'attachment.refused', issues: [{ path: ['file'], message: 'validation.attachment_type' }] });

    // A document outside the service's checklist is "other", and "other" needs the operator's name for it.
    await expect(uploadAndAttach(api, ids.applicationId, 'birth-certificate-of-a-pet', 'x.pdf', await pdfBytes(1))).rejects.toMatchObject({
      code: 'attachment.refused',
      issues: [{ path: ['checklistItem'], message: 'validation.checklist_item_unknown' }],
    });
    await expect(uploadAndAttach(api, ids.applicationId, 'other', 'IMG_20261125_0931.jpg', await pdfBytes(1), '  ')).rejects.toMatchObject({
      code: 'attachment.refused',
      issues: [{ path: ['label'], message: 'validation.document_label_required' }],
    });
    const named = await uploadAndAttach(api, ids.applicationId, 'other', 'IMG_20261125_0931.pdf', await pdfBytes(1), 'Еңбек кітапшасының көшірмесі');
    expect(named).toMatchObject({ checklistItem: 'other', label: 'Еңбек кітапшасының көшірмесі' });
    expect(await api.call('attachments.remove', { id: named.id })).toEqual({ removed: true });

    expect(await api.call('attachments.remove', { id: added.id })).toEqual({ removed: true });
    expect(await api.call('attachments.remove', { id: added.id })).toEqual({ removed: false });
    expect((await api.call('attachments.list', { applicationId: ids.applicationId })).attachments).toEqual([]);
    await core.close();
  });

  it('refuses changes to the documents of a visit that has left the desk', async () => {
    const { core, api } = openCoreClient({ dataDir: tempDir('attach-locked') });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    await api.call('visits.transition', { id: ids.visitId, to: 'cancelled', reason: 'citizen left' });
    // What the operator typed is kept as typed, apart from any system cause.
    const { events } = await api.call('visits.get', { id: ids.visitId });
    expect(events.at(-1)).toMatchObject({ to: 'cancelled', reason: 'citizen left', cause: null });
    await expect(
      uploadAndAttach(api, ids.applicationId, 'identity-document', 'p.png', pngBytes(20, 20, 1)),
    ).rejects.toMatchObject({ code: 'application.locked' });
    await core.close();
  });

  it('lists files dropped together in the order their uploads began, whichever is stored first', async () => {
    const { core, api } = openCoreClient({ dataDir: tempDir('attach-order') });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    const pages = [await pdfBytes(3), await pdfBytes(1)];
    const uploads: string[] = [];
    for (const [index, bytes] of pages.entries()) {
      const { uploadId } = await api.call('uploads.begin', { fileName: `бет-${index + 1}.pdf`, size: bytes.length });
      await api.call('uploads.chunk', { uploadId, offset: 0, contentBase64: Buffer.from(bytes).toString('base64') });
      uploads.push(uploadId);
    }
    // The second page is attached, and stored, before the first.
    const second = await api.call('attachments.add', { applicationId: ids.applicationId, checklistItem: 'identity-document', uploadId: uploads[1]! });
    const first = await api.call('attachments.add', { applicationId: ids.applicationId, checklistItem: 'identity-document', uploadId: uploads[0]! });
    const { attachments } = await api.call('attachments.list', { applicationId: ids.applicationId });
    expect(attachments.map((attachment) => attachment.originalName)).toEqual(['бет-1.pdf', 'бет-2.pdf']);
    expect(attachments.map((attachment) => attachment.id)).toEqual([first.id, second.id]);
    await core.close();
  });
});
