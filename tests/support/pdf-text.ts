import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as pdf.js reads it back: its string, left edge, baseline and width, in points. */
export type PlacedText = { text: string; x: number; y: number; width: number; size: number };
export type PdfPageText = { width: number; height: number; items: PlacedText[] };

/** The text of each page, read with pdf.js the way a viewer (or a screen reader) would get it. */
export async function pdfText(bytes: Uint8Array): Promise<PdfPageText[]> {
  // pdf.js takes the buffer over; the caller's bytes stay usable.
  const document = await getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [left, bottom, right, top] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ text: item.str, x: x! - left, y: y! - bottom, width: item.width, size: Math.hypot(a!, b!) });
      }
      pages.push({ width: right - left, height: top - bottom, items });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** All of a page's text in reading order, whitespace collapsed: a wrapped line reads as one. */
export const joinedText = (page: PdfPageText) => page.items.map((item) => item.text).join(' ').replace(/\s+/g, ' ');
