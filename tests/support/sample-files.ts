import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';
import UTIF from 'utif2';

/** Grey noise, so every image made with a different seed has different bytes. */
export function noise(width: number, height: number, seed: number): Uint8Array {
  let state = seed || 1;
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    data[i] = data[i + 1] = data[i + 2] = state % 256;
    data[i + 3] = 255;
  }
  return data;
}

export function pngBytes(width: number, height: number, seed: number): Buffer {
  const png = new PNG({ width, height });
  png.data = Buffer.from(noise(width, height, seed));
  return PNG.sync.write(png);
}

export function jpegBytes(width: number, height: number, seed: number): Buffer {
  return Buffer.from(jpeg.encode({ data: noise(width, height, seed), width, height }, 80).data);
}

export function tiffBytes(width: number, height: number, seed: number): Buffer {
  return Buffer.from(UTIF.encodeImage(noise(width, height, seed), width, height));
}

export async function pdfBytes(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]).drawText(`Page ${i + 1}`, { x: 50, y: 800 });
  return Buffer.from(await pdf.save());
}

/** Writes the hostile and the good files a scanner folder might hold; returns their paths. */
export async function sampleFiles(dir: string) {
  const file = (name: string, bytes: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const pdf = await pdfBytes(3);
  const good = {
    pdf: file('id-card.pdf', pdf),
    jpeg: file('certificate.jpg', jpegBytes(320, 200, 1)),
    png: file('photo.png', pngBytes(120, 90, 2)),
    tiff: file('fax.tif', tiffBytes(64, 48, 3)),
  };
  const encrypted = join(dir, 'encrypted.pdf');
  execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', good.pdf, encrypted]);
  const exe = Buffer.alloc(1024);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('PE\0\0', 0x80, 'latin1');
  const hostile = {
    exeAsPdf: file('invoice.pdf', exe),
    truncatedPdf: file('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 2))),
    encrypted,
    empty: file('empty.pdf', ''),
    huge: file('huge.pdf', Buffer.concat([pdf, Buffer.alloc(26 * 1024 * 1024)])),
    brokenPng: file('broken.png', pngBytes(120, 90, 4).subarray(0, 200)),
    brokenJpeg: file('broken.jpg', jpegBytes(400, 300, 5).subarray(0, 3000)),
    textAsJpeg: file('notes.jpg', 'just some text, not an image'),
  };
  return { good, hostile };
}

/** A scanned page as the scanner stores it: an uncompressed grey image of `bytes` bytes. */
export async function scannedPdf(pages: number, bytesPerPage: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const width = 2480;
  const height = Math.max(1, Math.floor(bytesPerPage / width));
  for (let i = 0; i < pages; i++) {
    const image = pdf.context.register(
      pdf.context.stream(randomBytes(width * height), { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }),
    );
    const page = pdf.addPage([595, 842]);
    page.node.setXObject(PDFName.of('Scan'), image);
    page.pushOperators();
    page.drawText(' ', { x: 0, y: 0 });
  }
  return pdf.save();
}
