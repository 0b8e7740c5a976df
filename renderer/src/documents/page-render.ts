import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import UTIF from 'utif2';
import type { AttachmentRecord } from '../../../shared/domain/attachment';
import { scanLimits } from '../../../shared/domain/scan-limits';
import { declaredImage, declaredPages, drawingSize } from './declared-size';

GlobalWorkerOptions.workerSrc = workerUrl;

/** A document opened for showing: how many pages, and a way to draw one at a given width. */
export type OpenedDocument = { pageCount: number; draw(canvas: HTMLCanvasElement, page: number, width: number): Promise<void> };

function sized(canvas: HTMLCanvasElement, { width, height }: { width: number; height: number }): CanvasRenderingContext2D {
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas unavailable');
  return context;
}

async function openPdf(bytes: Uint8Array): Promise<OpenedDocument> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy. It leaves out any image
  // larger than a scan's page rather than decode it.
  const pdf = await getDocument({ data: bytes.slice(), maxImageSize: scanLimits.pixelsPerPage, enableXfa: false }).promise;
  return {
    pageCount: declaredPages(pdf.numPages),
    async draw(canvas, number, width) {
      const page = await pdf.getPage(number);
      const natural = page.getViewport({ scale: 1 });
      const size = drawingSize(width, natural.width, natural.height);
      const viewport = page.getViewport({ scale: size.width / natural.width });
      const canvasContext = sized(canvas, size);
      await page.render({ canvas, canvasContext, viewport }).promise;
    },
  };
}

async function openImage(bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg'): Promise<OpenedDocument> {
  // The header is read before the browser decodes anything.
  declaredImage(bytes, mediaType);
  const bitmap = await createImageBitmap(new Blob([bytes.slice()], { type: mediaType }));
  return {
    pageCount: 1,
    async draw(canvas, _page, width) {
      // The bitmap's own proportions: a JPEG's orientation may have turned it.
      sized(canvas, drawingSize(width, bitmap.width, bitmap.height)).drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    },
  };
}

const tag = (page: UTIF.IFD, number: number) => (page[`t${number}`] as number[] | undefined)?.[0] ?? 0;

// Browsers do not show TIFF: decode it here, page by page, once its header is within a scan's.
function openTiff(bytes: Uint8Array): OpenedDocument {
  declaredImage(bytes, 'image/tiff');
  const buffer = bytes.slice().buffer;
  const pages = UTIF.decode(buffer);
  return {
    pageCount: declaredPages(pages.length),
    async draw(canvas, number, width) {
      const page = pages[number - 1]!;
      const drawn = drawingSize(width, tag(page, 256), tag(page, 257));
      UTIF.decodeImage(buffer, page);
      const full = document.createElement('canvas');
      sized(full, page).putImageData(new ImageData(new Uint8ClampedArray(UTIF.toRGBA8(page)), page.width, page.height), 0, 0);
      sized(canvas, drawn).drawImage(full, 0, 0, canvas.width, canvas.height);
    },
  };
}

export function openDocument(bytes: Uint8Array, mediaType: AttachmentRecord['mediaType']): Promise<OpenedDocument> {
  if (mediaType === 'application/pdf') return openPdf(bytes);
  if (mediaType === 'image/tiff') return Promise.resolve(openTiff(bytes));
  return openImage(bytes, mediaType);
}
