import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFNumber, type PDFObject, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';
import { scanLimits } from '../../../shared/domain/scan-limits';
import { refuse } from './attachment-rules';

/**
 * What a parsed PDF holds, judged from its objects' dictionaries alone: no stream is decoded. A
 * scan is pages of images; scripts, attached files and launch actions are never part of one, and
 * a file that carries them is refused rather than stored and later opened by someone's viewer.
 */
const activeKeys = new Set(['JS', 'JavaScript', 'EmbeddedFiles', 'EmbeddedFile', 'EF', 'XFA', 'RichMediaContent']);
const activeActions = new Set(['JavaScript', 'Launch', 'GoToE', 'ImportData', 'SubmitForm']);
const activeTypes = new Set(['EmbeddedFile', 'FileAttachment', 'RichMedia']);
// Far more than a scan's page tree of 500 leaves ever has.
const MAX_TREE_NODES = 4 * scanLimits.pages;

const named = (value: PDFObject | undefined) => (value instanceof PDFName ? value.decodeText() : undefined);

function numberOf(pdf: PDFDocument, dict: PDFDict, key: string): number {
  const value = dict.get(PDFName.of(key));
  const resolved = value instanceof PDFRef ? pdf.context.lookup(value) : value;
  return resolved instanceof PDFNumber ? resolved.asNumber() : 0;
}

/**
 * The pages, counted by walking the page tree once: a node met twice is a loop (or a fan that
 * would make a walker repeat itself a billion times), and the file is broken.
 */
function countPages(pdf: PDFDocument): number {
  const root = pdf.catalog.lookup(PDFName.of('Pages'));
  if (!(root instanceof PDFDict)) refuse('pdf_broken');
  if (numberOf(pdf, root, 'Count') > scanLimits.pages) refuse('image_too_large');
  const seen = new Set<PDFDict>();
  const waiting: PDFDict[] = [root];
  let pages = 0;
  while (waiting.length > 0) {
    const node = waiting.pop()!;
    if (seen.has(node)) refuse('pdf_broken');
    seen.add(node);
    if (seen.size > MAX_TREE_NODES) refuse('image_too_large');
    const kids = node.get(PDFName.of('Kids'));
    const list = kids instanceof PDFRef ? pdf.context.lookup(kids) : kids;
    if (!(list instanceof PDFArray)) {
      pages++;
      continue;
    }
    for (const kid of list.asArray()) {
      const child = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      if (!(child instanceof PDFDict)) refuse('pdf_broken');
      waiting.push(child);
    }
  }
  if (pages > scanLimits.pages) refuse('image_too_large');
  return pages;
}

/** Whether a dictionary (with the arrays and dictionaries written inside it) asks for active content. */
function isActive(dict: PDFDict): boolean {
  const waiting: PDFObject[] = [dict];
  while (waiting.length > 0) {
    const value = waiting.pop()!;
    if (value instanceof PDFArray) waiting.push(...value.asArray());
    if (!(value instanceof PDFDict)) continue;
    if (activeActions.has(named(value.get(PDFName.of('S'))) ?? '')) return true;
    if (activeTypes.has(named(value.get(PDFName.of('Type'))) ?? '') || activeTypes.has(named(value.get(PDFName.of('Subtype'))) ?? '')) return true;
    for (const [key, inner] of value.entries()) {
      if (activeKeys.has(key.decodeText())) return true;
      waiting.push(inner);
    }
  }
  return false;
}

/**
 * Every object is looked at once: an image anywhere (on a page, in a form, in a mask) must fit a
 * scan's page, and nothing may ask for a script, an attached file or a program to be run.
 */
function checkObjects(pdf: PDFDocument): FlateImage[] {
  const flate: FlateImage[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : null;
    if (!dict) continue;
    if (isActive(dict)) refuse('active_content');
    if (object instanceof PDFStream && named(dict.get(PDFName.of('Subtype'))) === 'Image') {
      const pixels = numberOf(pdf, dict, 'Width') * numberOf(pdf, dict, 'Height');
      if (!Number.isFinite(pixels) || pixels > scanLimits.pixelsPerPage) refuse('image_too_large');
      const filter = dict.get(PDFName.of('Filter'));
      const filters = filter instanceof PDFArray ? filter.asArray() : [filter];
      if (object instanceof PDFRawStream && filters.length === 1 && named(filters[0]) === 'FlateDecode') {
        // Four channels of up to 16 bits, and a predictor byte a row: room for any honest image.
        const rowBytes = Math.ceil(numberOf(pdf, dict, 'Width') * 8) + 1;
        flate.push({ contents: object.contents, limit: rowBytes * numberOf(pdf, dict, 'Height') + 1024 * 1024 });
      }
    }
  }
  return flate;
}

/** An image stored with Flate alone, and the most its pixels can take up by its declared size. */
export type FlateImage = { contents: Uint8Array; limit: number };

/**
 * The page count of a parsed PDF whose structure is a scan's (anything else is refused with its
 * rule), and its Flate images, for their compressed data to be measured against their size.
 */
export function judgePdf(pdf: PDFDocument): { pageCount: number; flateImages: FlateImage[] } {
  const pageCount = countPages(pdf);
  if (pageCount < 1) refuse('pdf_broken');
  return { pageCount, flateImages: checkObjects(pdf) };
}
