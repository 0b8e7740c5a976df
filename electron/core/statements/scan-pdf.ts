import { inflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PDFDict, type PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { openCheckedPdf } from '../attachments';
import { type ScanImage, withoutCode } from './scan-image';

// The statement code is on the first page; a few more are looked at in case pages were reordered.
const PAGES_LOOKED_AT = 3;
const MAX_PIXELS = 40_000_000;

function filterOf(stream: PDFRawStream): string | undefined {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter instanceof PDFName) return filter.asString();
  return undefined;
}

function number(dict: PDFDict, key: string): number {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

/** An 8-bit grey or RGB image stored with Flate, as many scanners write lossless pages. */
function flateImage(stream: PDFRawStream): ScanImage | null {
  const width = number(stream.dict, 'Width');
  const height = number(stream.dict, 'Height');
  const space = stream.dict.get(PDFName.of('ColorSpace'));
  const channels = space === PDFName.of('DeviceGray') ? 1 : space === PDFName.of('DeviceRGB') ? 3 : 0;
  if (!channels || number(stream.dict, 'BitsPerComponent') !== 8 || width * height > MAX_PIXELS) return null;
  // Inflated no further than the pixels it declares: more would be a bomb, and it is passed over.
  const raw = inflateSync(stream.contents, { maxOutputLength: width * height * channels + height });
  if (raw.length < width * height * channels) return null;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) data[i * 4 + c] = raw[i * channels + (channels === 1 ? 0 : c)]!;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/**
 * The page images of a scanned PDF: a scanner writes each page as one image, so they are taken
 * from the file as they are, with no rendering. JPEG and 8-bit Flate images are read; others
 * (CCITT fax, JBIG2) are passed over. An encrypted or broken PDF gives none.
 */
export async function scanPdfImages(bytes: Uint8Array): Promise<ScanImage[]> {
  let pdf: PDFDocument;
  try {
    // Opened as an attachment is, so a page tree that loops or a page beyond a scan's is refused.
    ({ pdf } = await openCheckedPdf(bytes));
  } catch (error) {
    return withoutCode(error, []);
  }
  const images: ScanImage[] = [];
  for (const page of pdf.getPages().slice(0, PAGES_LOOKED_AT)) {
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const ref of xobjects?.values() ?? []) {
      const stream = pdf.context.lookup(ref);
      if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      try {
        const filter = filterOf(stream);
        if (filter === '/DCTDecode') {
          const image = jpeg.decode(stream.contents, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6 });
          images.push({ data: new Uint8ClampedArray(image.data), width: image.width, height: image.height });
        } else if (filter === '/FlateDecode') {
          const image = flateImage(stream);
          if (image) images.push(image);
        }
      } catch {
        continue;
      }
    }
  }
  return images;
}
