import { createDeflate, deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { PNG_SIGNATURE, pngChunk as chunk } from './png-files';
import { jpegBytes, pdfBytes, pngBytes, tiffBytes } from './sample-files';

/**
 * Hostile files, made in the test rather than checked in: each is small on disk and built to make
 * a careless reader allocate gigabytes, loop without end, or carry something a scan never does.
 */
/** A valid PNG whose header declares width × height; `idat` is its compressed pixel data. */
export function pngDeclaring(width: number, height: number, idat: Buffer = deflateSync(Buffer.alloc(4096)), interlaced = false): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, interlaced ? 1 : 0], 8);
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** A real JPEG with its frame header rewritten to declare width × height. */
export function jpegDeclaring(width: number, height: number): Buffer {
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

type Entry = [tag: number, type: 3 | 4, value: number];

/** A little-endian TIFF of the given directories, each a list of single-valued entries; `next` links them. */
function tiffOf(directories: Entry[][], next: (index: number, offsets: number[]) => number, data: Buffer = Buffer.alloc(0)): Buffer {
  const sizes = directories.map((entries) => 2 + entries.length * 12 + 4);
  const offsets: number[] = [];
  let dataAt = 8;
  for (const size of sizes) {
    offsets.push(dataAt);
    dataAt += size;
  }
  const out = Buffer.alloc(dataAt + data.length);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(offsets[0]!, 4);
  directories.forEach((entries, i) => {
    let at = offsets[i]!;
    out.writeUInt16LE(entries.length, at);
    for (const [tag, type, value] of entries) {
      out.writeUInt16LE(tag, at + 2);
      out.writeUInt16LE(type, at + 4);
      out.writeUInt32LE(1, at + 6);
      if (type === 3) out.writeUInt16LE(value, at + 10);
      else out.writeUInt32LE(value === -1 ? dataAt : value, at + 10);
      at += 12;
    }
    out.writeUInt32LE(next(i, offsets), at + 2);
  });
  data.copy(out, dataAt);
  return out;
}

const grey = (width: number, height: number, extra: Entry[] = []): Entry[] => [[256, 4, width], [257, 4, height], [258, 3, 8], [259, 3, 1], [262, 3, 1], [277, 3, 1], ...extra];

/** A real TIFF with its first page's width and height tags rewritten. */
export function tiffDeclaring(width: number, height: number): Buffer {
  const bytes = Buffer.from(tiffBytes(20, 20, 1));
  const little = bytes.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const ifd = little ? bytes.readUInt32LE(4) : bytes.readUInt32BE(4);
  for (let entry = 0; entry < u16(ifd); entry++) {
    const at = ifd + 2 + entry * 12;
    const tag = u16(at);
    if (tag !== 256 && tag !== 257) continue;
    const value = tag === 256 ? width : height;
    const short = u16(at + 2) === 3;
    if (short && little) bytes.writeUInt16LE(value, at + 8);
    else if (short) bytes.writeUInt16BE(value, at + 8);
    else if (little) bytes.writeUInt32LE(value, at + 8);
    else bytes.writeUInt32BE(value, at + 8);
  }
  return bytes;
}

const made = new Map<number, Promise<Buffer>>();

/** Zeros, deflated as a zlib stream: about a thousandth of their size, built once without holding them. */
export function deflatedZeros(bytes: number): Promise<Buffer> {
  if (!made.has(bytes)) made.set(bytes, deflating(bytes));
  return made.get(bytes)!;
}

async function deflating(bytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (piece: Buffer) => out.push(piece));
  const done = new Promise((settle) => deflate.on('end', settle));
  const zeros = Buffer.alloc(4 * 1024 * 1024);
  for (let left = bytes; left > 0; left -= zeros.length) {
    if (!deflate.write(left >= zeros.length ? zeros : zeros.subarray(0, left))) await new Promise((drained) => deflate.once('drain', drained));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** A PDF written object by object, with a correct cross-reference table; `objects[0]` is object 1. */
export function rawPdf(objects: (string | Buffer)[], root = 1): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets = objects.map((body, i) => {
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
    return length - part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const stream = (dictionary: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
const page = (extra = '') => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${extra} >>`;

/** A one-page PDF whose page shows one image XObject with this dictionary and data. */
function pdfWithImage(dictionary: string, data: Buffer): Buffer {
  return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Count 1 /Kids [3 0 R] >>', page('/Resources << /XObject << /Im0 4 0 R >> >>'), stream(`/Type /XObject /Subtype /Image ${dictionary}`, data)]);
}

/** A ZIP of one small file, with a comment that ends in `%%EOF` so a PDF check at the tail passes. */
function zipWithEof(): Buffer {
  const zip = Buffer.from(zipSync({ 'payload.js': new TextEncoder().encode('app.launchURL("x")') }));
  const comment = Buffer.from('\n%%EOF\n', 'latin1');
  zip.writeUInt16LE(comment.length, zip.length - 2);
  return Buffer.concat([zip, comment]);
}

export type HostileFile = {
  name: string;
  /** What the attachment import must refuse it with: `validation.attachment_<rule>`. */
  rule: string;
  /** How the signed-scan reader must answer: refused with `rule`, no code found, or not offered. */
  scan: 'refused' | 'no_code' | 'too_big_for_a_call';
  scanMediaType?: 'image/png' | 'image/jpeg' | 'image/tiff' | 'application/pdf';
  make(): Buffer | Promise<Buffer>;
};

const GIGABYTE = 1024 ** 3;

/** The corpus: every kind of hostile file the desk must refuse, quickly and without keeping any of it. */
export const hostileFiles: HostileFile[] = [
  { name: 'bomb.png', rule: 'image_too_large', scan: 'refused', scanMediaType: 'image/png', make: () => pngDeclaring(60_000, 60_000) },
  { name: 'bomb.jpg', rule: 'image_too_large', scan: 'refused', scanMediaType: 'image/jpeg', make: () => jpegDeclaring(65_000, 65_000) },
  { name: 'bomb.tif', rule: 'image_too_large', scan: 'refused', scanMediaType: 'image/tiff', make: () => tiffDeclaring(60_000, 60_000) },
  {
    name: 'idat-bomb.png',
    rule: 'structure_too_large',
    scan: 'refused',
    scanMediaType: 'image/png',
    // Interlaced, where the PNG decoder inflates the whole stream before it looks at the size.
    make: async () => pngDeclaring(1000, 1000, await deflatedZeros(GIGABYTE), true),
  },
  {
    name: 'strip-bomb.tif',
    rule: 'structure_too_large',
    scan: 'refused',
    scanMediaType: 'image/tiff',
    make: async () => {
      const strip = await deflatedZeros(GIGABYTE);
      const entries: Entry[] = [[256, 4, 1000], [257, 4, 1000], [258, 3, 8], [259, 3, 8], [262, 3, 1], [273, 4, -1], [277, 3, 1], [278, 4, 1000], [279, 4, strip.length]];
      return tiffOf([entries], () => 0, strip);
    },
  },
  {
    name: 'page-2-bomb.tif',
    rule: 'structure_too_large',
    scan: 'refused',
    scanMediaType: 'image/tiff',
    // The desk decodes the first page, the viewer any: the bomb waits on the second.
    make: async () => {
      const strip = await deflatedZeros(GIGABYTE);
      const first: Entry[] = [[256, 4, 1], [257, 4, 1], [258, 3, 8], [259, 3, 1], [262, 3, 1], [273, 4, 0], [277, 3, 1], [278, 4, 1], [279, 4, 1]];
      const second: Entry[] = [[256, 4, 1000], [257, 4, 1000], [258, 3, 8], [259, 3, 8], [262, 3, 1], [273, 4, -1], [277, 3, 1], [278, 4, 1000], [279, 4, strip.length]];
      return tiffOf([first, second], (i, offsets) => offsets[i + 1] ?? 0, strip);
    },
  },
  { name: 'pages.tif', rule: 'image_too_large', scan: 'refused', scanMediaType: 'image/tiff', make: () => tiffOf(Array.from({ length: 15_000 }, () => grey(1, 1)), (i, offsets) => offsets[i + 1] ?? 0) },
  { name: 'loop.tif', rule: 'image_broken', scan: 'no_code', scanMediaType: 'image/tiff', make: () => tiffOf([grey(10, 10), grey(10, 10)], (_, offsets) => offsets[0]!) },
  {
    name: 'pages.pdf',
    rule: 'image_too_large',
    scan: 'too_big_for_a_call',
    make: () => {
      const kids = Array.from({ length: 100_000 }, (_, i) => `${i + 3} 0 R`).join(' ');
      return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Count 100000 /Kids [${kids}] >>`, ...Array.from({ length: 100_000 }, () => page())]);
    },
  },
  { name: 'count.pdf', rule: 'image_too_large', scan: 'refused', scanMediaType: 'application/pdf', make: () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Count 100000 /Kids [3 0 R] >>', page()]) },
  { name: 'loop.pdf', rule: 'pdf_broken', scan: 'no_code', scanMediaType: 'application/pdf', make: () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Count 1 /Kids [2 0 R 3 0 R] >>', page()]) },
  {
    name: 'fan.pdf',
    rule: 'pdf_broken',
    scan: 'no_code',
    scanMediaType: 'application/pdf',
    // Forty levels, each naming the next twice: a walker that does not remember repeats 2^40 times.
    make: () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', ...Array.from({ length: 40 }, (_, i) => `<< /Type /Pages /Count 2 /Kids [${i + 3} 0 R ${i + 3} 0 R] >>`), page().replace('2 0 R', '41 0 R')]),
  },
  { name: 'truncated.pdf', rule: 'pdf_broken', scan: 'no_code', scanMediaType: 'application/pdf', make: async () => (await pdfBytes(3)).subarray(0, 700) },
  {
    name: 'nested.pdf',
    rule: 'pdf_broken',
    scan: 'no_code',
    scanMediaType: 'application/pdf',
    make: () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Count 1 /Kids [3 0 R] >>', page(`/Deep ${'['.repeat(200_000)}${']'.repeat(200_000)}`)]),
  },
  {
    name: 'javascript.pdf',
    rule: 'active_content',
    scan: 'refused',
    scanMediaType: 'application/pdf',
    make: async () => {
      const pdf = await PDFDocument.load(await pdfBytes(1));
      pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("hello")') }));
      return Buffer.from(await pdf.save());
    },
  },
  {
    name: 'embedded.pdf',
    rule: 'active_content',
    scan: 'refused',
    scanMediaType: 'application/pdf',
    make: async () => {
      const pdf = await PDFDocument.load(await pdfBytes(1));
      await pdf.attach(Buffer.from('MZ payload'), 'invoice.exe', { mimeType: 'application/octet-stream' });
      return Buffer.from(await pdf.save());
    },
  },
  {
    name: 'launch.pdf',
    rule: 'active_content',
    scan: 'refused',
    scanMediaType: 'application/pdf',
    make: () => rawPdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>', '<< /Type /Pages /Count 1 /Kids [3 0 R] >>', page()]),
  },
  { name: 'image.pdf', rule: 'image_too_large', scan: 'refused', scanMediaType: 'application/pdf', make: () => pdfWithImage('/Width 60000 /Height 60000 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.alloc(16)) },
  {
    name: 'image-bomb.pdf',
    rule: 'structure_too_large',
    scan: 'refused',
    scanMediaType: 'application/pdf',
    make: async () => pdfWithImage('/Width 1000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', await deflatedZeros(GIGABYTE)),
  },
  {
    name: 'objstm-bomb.pdf',
    rule: 'structure_too_large',
    scan: 'refused',
    scanMediaType: 'application/pdf',
    make: async () =>
      rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Count 1 /Kids [3 0 R] >>', page(), stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', await deflatedZeros(GIGABYTE))]),
  },
  { name: 'polyglot.pdf', rule: 'type', scan: 'no_code', scanMediaType: 'application/pdf', make: async () => Buffer.concat([await pdfBytes(1), zipWithEof()]) },
  { name: 'polyglot.png', rule: 'type', scan: 'no_code', scanMediaType: 'image/png', make: () => Buffer.concat([pngBytes(40, 30, 1), zipWithEof()]) },
  {
    name: 'invoice.pdf',
    rule: 'type',
    scan: 'no_code',
    scanMediaType: 'application/pdf',
    make: () => {
      const exe = Buffer.alloc(1024);
      exe.write('MZ', 0, 'latin1');
      exe.writeUInt32LE(0x80, 0x3c);
      exe.write('PE\0\0', 0x80, 'latin1');
      return exe;
    },
  },
];
