import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import QRCode from 'qrcode';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { decodeScan, findStatementCode } from '../../electron/core/statements/scan-image';
import { withCore, type Desk } from '../support/core-fixture';
import { attachmentList, blobPath } from '../support/core-internals';
import { completeFields, finishedApplication } from '../support/finished-application';
import { addNoise, rasterisePage, rotate, type Pixels } from '../support/scan-image';
import { blobContent } from '../support/workstation-files';

/** A finished application whose statement was printed, written to a file as the printer got it. */
async function printed({ api, dir }: Desk, fields = completeFields) {
  const ids = { visitId: uuidv7(), applicationId: uuidv7() };
  await finishedApplication(api, ids, fields);
  const statement = await api.call('statements.export', { visitId: ids.visitId, purpose: 'print' });
  const file = join(dir, `${ids.applicationId}.pdf`);
  writeFileSync(file, Buffer.from(statement.pdfBase64, 'base64'));
  return { ...ids, file };
}

const asJpeg = (image: { data: Uint8Array; width: number; height: number }, quality: number) =>
  Buffer.from(jpeg.encode({ data: image.data, width: image.width, height: image.height }, quality).data).toString('base64');
const asPng = (image: { data: Uint8Array; width: number; height: number }) => {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 6 }).toString('base64');
};

describe('signed statement scan', () => {
  it('matches a scan at 200 dpi, fed 2° askew and noisy, to its application, and marks the visit signed', async () => {
    const desk = withCore('scan');
    const { core, api, dir, dataDir } = desk;
    const { visitId, applicationId, file } = await printed(desk);
    const scan = addNoise(rotate(rasterisePage(file, 200, join(dir, 'page')), 2));
    const contentBase64 = asJpeg(scan, 75);
    expect(contentBase64.length).toBeLessThan(2_000_000);
    const result = await api.call('statements.matchSignedScan', { mediaType: 'image/jpeg', contentBase64 });
    expect(result).toEqual({ outcome: 'matched', visitId, applicationId, version: 1 });
    const { visit, events } = await api.call('visits.get', { id: visitId });
    expect(visit.status).toBe('signed');
    expect(events.at(-1)).toMatchObject({ from: 'statement_printed', to: 'signed', cause: 'signed_scan', reason: null });
    // The signed paper is kept with the application, byte for byte.
    const [kept] = attachmentList(core, applicationId);
    expect(kept).toMatchObject({ checklistItem: 'signed-statement', mediaType: 'image/jpeg', originalName: 'signed-statement.jpg' });
    expect(blobContent(dataDir, blobPath(core, kept!.sha256)).equals(Buffer.from(contentBase64, 'base64'))).toBe(true);
  }, 60_000);

  it('flags a scan of a statement printed before a correction instead of accepting it', async () => {
    const desk = withCore('scan');
    const { core, api, dir } = desk;
    const { visitId, applicationId, file } = await printed(desk, { ...completeFields, iin: '750228300005', surname: 'Өтепова' });
    const oldPaper = asPng(rasterisePage(file, 150, join(dir, 'old')));
    await api.call('applications.correct', { id: applicationId, reason: 'flat number', fields: { ...completeFields, iin: '750228300005', surname: 'Өтепова', flat: '46' } });
    const result = await api.call('statements.matchSignedScan', { mediaType: 'image/png', contentBase64: oldPaper });
    expect(result).toEqual({ outcome: 'outdated', visitId, applicationId, version: 1 });
    expect(attachmentList(core, applicationId)).toEqual([]);
    expect((await api.call('visits.get', { id: visitId })).visit.status).toBe('in_service');
  }, 60_000);

  it('flags a statement code whose printed values were never recorded here', async () => {
    const desk = withCore('scan');
    const { api } = desk;
    const { applicationId } = await printed(desk, { ...completeFields, iin: '050101500000', surname: 'Ғабитова' });
    const forged = await QRCode.toBuffer(`QBL1;${applicationId};1;0000000000000000`, { scale: 6 });
    const result = await api.call('statements.matchSignedScan', { mediaType: 'image/png', contentBase64: forged.toString('base64') });
    expect(result.outcome).toBe('unknown_digest');
  });

  it('reads a scanner’s PDF, whether it stores the page as a JPEG or a lossless image', async () => {
    const desk = withCore('scan');
    const { api, dir } = desk;
    for (const [format, embed] of [
      ['jpeg', (pdf: PDFDocument, image: Pixels) => pdf.embedJpg(Buffer.from(asJpeg(image, 70), 'base64'))],
      ['png', (pdf: PDFDocument, image: Pixels) => pdf.embedPng(Buffer.from(asPng(image), 'base64'))],
    ] as const) {
      const { visitId, file } = await printed(desk, { ...completeFields, surname: format === 'jpeg' ? 'Жұмабаева' : 'Омарова' });
      const page = rotate(rasterisePage(file, 150, join(dir, `pdf-${format}`)), -1.5);
      const scanner = await PDFDocument.create();
      const image = await embed(scanner, page);
      scanner.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
      const contentBase64 = Buffer.from(await scanner.save()).toString('base64');
      const result = await api.call('statements.matchSignedScan', { mediaType: 'application/pdf', contentBase64 });
      expect(result, format).toMatchObject({ outcome: 'matched', visitId });
    }
    const broken = Buffer.from('%PDF-1.7\n1 0 obj <<').toString('base64');
    expect((await api.call('statements.matchSignedScan', { mediaType: 'application/pdf', contentBase64: broken })).outcome).toBe('no_code');
  }, 60_000);

  it('reads a whole-page TIFF scan, as sheet-fed scanners often write', async () => {
    // utif2 writes TIFFs uncompressed (5 MB a page), beyond what a contract call carries, so the
    // core's reading of them is checked directly; scanner folders bring such files from disk.
    const desk = withCore('scan');
    const { applicationId, file } = await printed(desk, { ...completeFields, surname: 'Сұлтанова' });
    const page = rotate(rasterisePage(file, 100, join(desk.dir, 'tiff')), 1);
    const tiff = Buffer.from(UTIF.encodeImage(page.data, page.width, page.height));
    const image = await decodeScan(tiff, 'image/tiff');
    expect(image && findStatementCode(image)).toMatchObject({ applicationId, version: 1 });
  }, 60_000);

  it('reports pages with no statement code, unreadable images and other workstations’ statements', async () => {
    const { api } = withCore('scan');
    const blank = asPng({ data: new Uint8Array(400 * 500 * 4).fill(255), width: 400, height: 500 });
    expect((await api.call('statements.matchSignedScan', { mediaType: 'image/png', contentBase64: blank })).outcome).toBe('no_code');
    expect((await api.call('statements.matchSignedScan', { mediaType: 'image/jpeg', contentBase64: 'bm90IGFuIGltYWdl' })).outcome).toBe('no_code');
    const elsewhere = await QRCode.toBuffer(`QBL1;${uuidv7()};1;0123456789abcdef`, { scale: 6 });
    const result = await api.call('statements.matchSignedScan', { mediaType: 'image/png', contentBase64: elsewhere.toString('base64') });
    expect(result.outcome).toBe('unknown_application');
  });
});
