import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentLimits } from '../../electron/core/attachments/attachment-checks';
import { withCore } from '../support/core-fixture';
import { attachmentList, importAttachmentFile } from '../support/core-internals';
import { completeFields } from '../support/finished-application';
import { pngBytes } from '../support/sample-files';
import { tempDirForTest } from '../support/temp-dir';

const usual = { ...attachmentLimits };
afterEach(() => Object.assign(attachmentLimits, usual));

const blobFiles = (dataDir: string) => (existsSync(join(dataDir, 'blobs')) ? readdirSync(join(dataDir, 'blobs'), { recursive: true }).filter((p) => /[0-9a-f]{64}$/.test(String(p))) : []);

/** A desk with one draft application, and scans of nearly the same size (PNG noise, about 270 kB). */
async function deskWithScans(count: number) {
  const desk = withCore('application-space');
  const visit = await desk.api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Дәурен' });
  const applicationId = uuidv7();
  await desk.api.call('applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
  const dir = tempDirForTest('application-space-scans');
  const scans = Array.from({ length: count }, (_, index) => {
    const path = join(dir, `scan-${index}.png`);
    writeFileSync(path, pngBytes(600, 500, index + 1));
    return path;
  });
  const attach = (filePath: string) => importAttachmentFile(desk.core, { applicationId, checklistItem: 'other', label: 'Анықтама', fileName: filePath.split('/').at(-1)!, filePath });
  const sizes = scans.map((path) => statSync(path).size);
  return { ...desk, applicationId, scans, attach, largest: Math.max(...sizes), smallest: Math.min(...sizes) };
}

describe("an application's room for scans", () => {
  it('refuses the scan that would take an application past its limit, and keeps nothing of it', async () => {
    const { core, dataDir, applicationId, scans, attach, largest, smallest } = await deskWithScans(3);
    attachmentLimits.applicationBytes = 2 * largest + smallest / 2;
    await attach(scans[0]!);
    await attach(scans[1]!);
    await expect(attach(scans[2]!)).rejects.toMatchObject({ issues: [{ message: 'validation.attachment_application_too_large' }] });
    expect(attachmentList(core, applicationId)).toHaveLength(2);
    expect(blobFiles(dataDir)).toHaveLength(2);
  });

  it('holds when scans are imported at once: together they never pass the limit, and what is refused leaves nothing', async () => {
    // Whether two checks pass before either scan is recorded depends on timing here, so this test
    // checks the outcome end to end; the claim that closes that race is tested in
    // tests/unit/application-space.test.ts, which fails without it.
    const { core, dataDir, applicationId, scans, attach, largest, smallest } = await deskWithScans(5);
    // Any three fit together; no four do.
    attachmentLimits.applicationBytes = 3 * largest + smallest / 2;
    expect(4 * smallest).toBeGreaterThan(attachmentLimits.applicationBytes);
    const outcomes = await Promise.allSettled(scans.map(attach));
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    // Each scan alone fits; three of them fit together, the other two do not.
    expect(refused).toHaveLength(2);
    for (const outcome of refused) expect(outcome.reason).toMatchObject({ issues: [{ message: 'validation.attachment_application_too_large' }] });
    const recorded = attachmentList(core, applicationId);
    expect(recorded).toHaveLength(3);
    expect(recorded.reduce((sum, attachment) => sum + attachment.size, 0)).toBeLessThanOrEqual(attachmentLimits.applicationBytes);
    expect(blobFiles(dataDir)).toHaveLength(3);
    // The room of the refused ones is free again: a smaller scan still fits.
    writeFileSync(scans[0]!.replace('scan-0', 'small'), pngBytes(20, 20, 9));
    await attach(scans[0]!.replace('scan-0', 'small'));
  });
});
