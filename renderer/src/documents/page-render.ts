import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import UTIF from 'utif2';
import type { AttachmentRecord } from '../../../shared/domain/attachment';

GlobalWorkerOptions.workerSrc = workerUrl;

/** A document opened for showing: how many pages, and a way to draw one at a given width. */
export type OpenedDocument = { pageCount: number; draw(canvas: HTMLCanvasElement, page: number, width: number): Promise<void> };

function sized(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas unavailable');
  return context;
}

async function openPdf(bytes: Uint8Array): Promise<OpenedDocument> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  return {
    pageCount: pdf.numPages,
    async draw(canvas, number, width) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
      const canvasContext = sized(canvas, viewport.width, viewport.height);
      await page.render({ canvas, canvasContext, viewport }).promise;
    },
  };
}

async function openImage(bytes: Uint8Array, mediaType: string): Promise<OpenedDocument> {
  const bitmap = await createImageBitmap(new Blob([bytes.slice()], { type: mediaType }));
  return {
    pageCount: 1,
    async draw(canvas, _page, width) {
      sized(canvas, width, (bitmap.height * width) / bitmap.width).drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    },
  };
}

// Browsers do not show TIFF: decode it here, page by page.
function openTiff(bytes: Uint8Array): OpenedDocument {
  const buffer = bytes.slice().buffer;
  const pages = UTIF.decode(buffer);
  return {
    pageCount: pages.length,
    async draw(canvas, number, width) {
      const page = pages[number - 1]!;
      UTIF.decodeImage(buffer, page);
      const full = document.createElement('canvas');
      sized(full, page.width, page.height).putImageData(new ImageData(new Uint8ClampedArray(UTIF.toRGBA8(page)), page.width, page.height), 0, 0);
      sized(canvas, width, (page.height * width) / page.width).drawImage(full, 0, 0, canvas.width, canvas.height);
    },
  };
}

export function openDocument(bytes: Uint8Array, mediaType: AttachmentRecord['mediaType']): Promise<OpenedDocument> {
  if (mediaType === 'application/pdf') return openPdf(bytes);
  if (mediaType === 'image/tiff') return Promise.resolve(openTiff(bytes));
  return openImage(bytes, mediaType);
}
