import { crc32, deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { imageHeader } from '../../electron/core/attachments/image-header';
import { openCoreClient } from '../support/core-client';
import { completeFields, finishedApplication } from '../support/finished-application';
import { jpegBytes, pngBytes, tiffBytes } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';
import { uploadAndAttach } from '../support/upload';

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
};

/** A valid, tiny PNG whose header declares width × height: decoding it would allocate w×h×4 bytes. */
function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(4096))), chunk('IEND', Buffer.alloc(0))]);
}

/** A real JPEG with its frame header rewritten to declare width × height. */
function jpegDeclaring(width: number, height: number): Buffer {
  const bytes = Buffer.from(jpegBytes(40, 20, 1));
  for (let at = 2; at < bytes.length; ) {
    const marker = bytes[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xc3) {
      bytes.writeUInt16BE(height, at + 5);
      bytes.writeUInt16BE(width, at + 7);
      return bytes;
    }
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  throw new Error('no frame header');
}

/** A real TIFF with its first page's width and height tags rewritten. */
function tiffDeclaring(width: number, height: number): Buffer {
  const bytes = Buffer.from(tiffBytes(20, 20, 1));
  const little = bytes.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const ifd = u32(4);
  for (let entry = 0; entry < u16(ifd); entry++) {
    const at = ifd + 2 + entry * 12;
    const tag = u16(at);
    if (tag !== 256 && tag !== 257) continue;
    const value = tag === 256 ? width : height;
    const type = u16(at + 2);
    if (type === 3 && little) bytes.writeUInt16LE(value, at + 8);
    else if (type === 3) bytes.writeUInt16BE(value, at + 8);
    else if (little) bytes.writeUInt32LE(value, at + 8);
    else bytes.writeUInt32BE(value, at + 8);
  }
  return bytes;
}

describe('images judged by their header before decoding', () => {
  it('reads the declared size of PNG, JPEG and TIFF without decoding a pixel', () => {
    expect(imageHeader(pngBytes(30, 20, 1), 'image/png')).toEqual({ width: 30, height: 20, pages: 1 });
    expect(imageHeader(jpegBytes(40, 20, 1), 'image/jpeg')).toEqual({ width: 40, height: 20, pages: 1 });
    expect(imageHeader(tiffBytes(20, 10, 1), 'image/tiff')).toMatchObject({ width: 200, pages: 1 });
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
  it('does not decode a page whose header declares more than a scan, and says it found no code', async () => {
    const { core, api } = openCoreClient({ dataDir: join(tempDir('hostile-scan'), 'data') });
    const result = await api.call('statements.matchSignedScan', { mediaType: 'image/png', contentBase64: pngDeclaring(60_000, 60_000).toString('base64') });
    expect(result.outcome).toBe('no_code');
    await core.close();
  });
});
