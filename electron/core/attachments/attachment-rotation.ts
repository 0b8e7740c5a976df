import jpeg from 'jpeg-js';
import { degrees, PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import type { Attachment } from '../storage';
import { refuse } from './attachment-rules';

type Pixels = { width: number; height: number; data: Uint8Array };

/** A quarter turn clockwise: the pixel at (x, y) goes to (height - 1 - y, x). */
function quarterTurn({ width, height, data }: Pixels): Pixels {
  const turned = new Uint8Array(data.length);
  const pixels32 = new Uint32Array(data.buffer, data.byteOffset, width * height);
  const turned32 = new Uint32Array(turned.buffer);
  for (let y = 0; y < height; y++) {
    const targetX = height - 1 - y;
    for (let x = 0; x < width; x++) turned32[x * height + targetX] = pixels32[y * width + x]!;
  }
  return { width: height, height: width, data: turned };
}

function decodeImage(bytes: Buffer, mediaType: string): Pixels {
  if (mediaType === 'image/png') {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
  }
  if (mediaType === 'image/jpeg') {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 100 });
    return { width: image.width, height: image.height, data: image.data };
  }
  const pages = UTIF.decode(bytes);
  // One page of a multi-page TIFF cannot be turned without rewriting the others in a new format.
  if (pages.length !== 1) refuse('rotate_multipage');
  UTIF.decodeImage(bytes, pages[0]!);
  return { width: pages[0]!.width, height: pages[0]!.height, data: UTIF.toRGBA8(pages[0]!) };
}

function pngOf({ width, height, data }: Pixels): Buffer {
  const png = new PNG({ width, height });
  png.data = Buffer.from(data.buffer, data.byteOffset, data.length);
  return PNG.sync.write(png);
}

export type RotatedFile = { bytes: Buffer; fileName: string };

/**
 * The file of an attachment with one page turned a quarter clockwise. PDF pages turn by their
 * /Rotate entry, so nothing is re-encoded; JPEG stays JPEG (quality 92), PNG stays lossless, a
 * TIFF becomes a PNG.
 */
export async function rotatedFile(attachment: Attachment, bytes: Buffer, page = 1): Promise<RotatedFile> {
  if (attachment.mediaType === 'application/pdf') {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    if (page > pdf.getPageCount()) refuse('rotate_page');
    const target = pdf.getPage(page - 1);
    target.setRotation(degrees((target.getRotation().angle + 90) % 360));
    return { bytes: Buffer.from(await pdf.save({ useObjectStreams: false })), fileName: attachment.originalName };
  }
  if (page !== 1) refuse('rotate_page');
  const turned = quarterTurn(decodeImage(bytes, attachment.mediaType));
  if (attachment.mediaType === 'image/jpeg') {
    return { bytes: Buffer.from(jpeg.encode({ ...turned, data: turned.data }, 92).data), fileName: attachment.originalName };
  }
  const fileName = attachment.mediaType === 'image/tiff' ? attachment.originalName.replace(/\.tiff?$/i, '') + '.png' : attachment.originalName;
  return { bytes: pngOf(turned), fileName };
}
