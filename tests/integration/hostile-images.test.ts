import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { imageHeader } from '../../shared/domain/scan-limits';
import { openCoreClient } from '../support/core-client';
import { completeFields, finishedApplication } from '../support/finished-application';
import { jpegDeclaring, pngDeclaring, tiffDeclaring } from '../support/hostile-files';
import { jpegBytes, pngBytes, tiffBytes } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';
import { uploadAndAttach } from '../support/upload';

describe('images judged by their header before decoding', () => {
  it('reads the declared size of PNG, JPEG and TIFF without decoding a pixel', () => {
    expect(imageHeader(pngBytes(30, 20, 1), 'image/png')).toEqual({ width: 30, height: 20, pages: 1 });
    expect(imageHeader(jpegBytes(40, 20, 1), 'image/jpeg')).toEqual({ width: 40, height: 20, pages: 1 });
    expect(imageHeader(tiffBytes(20, 10, 1), 'image/tiff')).toEqual({ width: 20, height: 10, pages: 1 });
    expect(imageHeader(pngDeclaring(60_000, 60_000), 'image/png')).toEqual({ width: 60_000, height: 60_000, pages: 1 });
  });

  it.each([
    ['PNG', 'bomb.png', () => pngDeclaring(60_000, 60_000)],
    ['JPEG', 'bomb.jpg', () => jpegDeclaring(65_000, 65_000)],
    ['TIFF', 'bomb.tif', () => tiffDeclaring(60_000, 60_000)],
  ])('refuses a %s declaring a page far beyond any scan, and keeps nothing of it', async (_kind, name, make) => {
    const dir = tempDir(`hostile-${name}`);
    const { core, api } = openCoreClient({ dataDir: join(dir, 'data') });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    await expect(uploadAndAttach(api, ids.applicationId, 'identity-document', name, make())).rejects.toMatchObject({
      code: 'attachment.refused',
      issues: [{ path: ['file'], message: 'validation.attachment_image_too_large' }],
    });
    expect((await api.call('attachments.list', { applicationId: ids.applicationId })).attachments).toEqual([]);
    // A scan of ordinary size still goes in.
    await uploadAndAttach(api, ids.applicationId, 'identity-document', 'id.png', pngBytes(300, 200, 2));
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3);
    await core.close();
  });
});

describe('the signed-scan reader', () => {
  it('does not decode a page whose header declares more than a scan, and refuses it with the rule', async () => {
    const { core, api } = openCoreClient({ dataDir: join(tempDir('hostile-scan'), 'data') });
    await expect(api.call('statements.matchSignedScan', { mediaType: 'image/png', contentBase64: pngDeclaring(60_000, 60_000).toString('base64') })).rejects.toMatchObject({
      code: 'attachment.refused',
      issues: [{ path: ['file'], message: 'validation.attachment_image_too_large' }],
    });
    await core.close();
  });
});
