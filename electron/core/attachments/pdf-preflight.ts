import { inflateSync } from 'node:zlib';
import { scanLimits } from '../../../shared/domain/scan-limits';
import type { AttachmentRule } from './attachment-rules';

/**
 * The PDF parser reads every object of a file, and inflates every object stream, before it can be
 * asked anything: a few megabytes can hold a hundred thousand pages, or an object stream that
 * inflates to gigabytes. So the raw bytes are looked at first, and a file far beyond any scan is
 * refused before it is parsed. The counts are rough on purpose (an edited file keeps its old
 * objects too): they only turn away what no scan comes near; the exact checks follow the parse.
 */
// A 500-page scan with a text layer has a few thousand objects.
const MAX_OBJECTS = 50_000;
// Object and cross-reference streams hold dictionaries and offsets, never pixels: a scan's fit in
// a few hundred kilobytes.
const MAX_OBJECT_STREAM_BYTES = 16 * 1024 * 1024;
// Every page may appear in several revisions of an edited file; four times the limit is none's.
const MAX_PAGE_MENTIONS = 4 * scanLimits.pages;

const count = (text: string, pattern: RegExp) => {
  let found = 0;
  for (pattern.lastIndex = 0; pattern.exec(text); ) found++;
  return found;
};
const pageMentions = (text: string) => count(text, /\/Type\s*\/Page(?![A-Za-z])/g);

/** The object and cross-reference streams' contents, inflated within one budget; null once it is passed. */
function objectStreams(text: string, bytes: Uint8Array): { contents: string[]; objects: number } | null {
  const contents: string[] = [];
  let objects = 0;
  let budget = MAX_OBJECT_STREAM_BYTES;
  // The parser inflates object streams and cross-reference streams itself, whatever their size.
  const parsed = /\/Type\s*\/(?:ObjStm|XRef)(?![A-Za-z])/g;
  for (let match = parsed.exec(text); match; match = parsed.exec(text)) {
    const at = match.index;
    const dictionaryStart = text.lastIndexOf('obj', at);
    const keyword = text.indexOf('stream', at);
    if (dictionaryStart === -1 || keyword === -1) continue;
    const dictionary = text.slice(dictionaryStart, keyword);
    objects += Number(/\/N\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
    const filter = /\/Filter\s*\[?\s*(\/\w+)?/.exec(dictionary);
    // The parser would inflate any other filter too, but nothing measures it here: no scanner uses one.
    if (filter && filter[1] !== '/FlateDecode') return null;
    const dataStart = keyword + 6 + (text[keyword + 6] === '\r' ? 2 : 1);
    const dataEnd = text.indexOf('endstream', dataStart);
    const data = bytes.subarray(dataStart, dataEnd === -1 ? bytes.length : dataEnd);
    try {
      const inflated = filter ? inflateSync(data, { maxOutputLength: Math.max(1, budget) }) : Buffer.from(data);
      budget -= inflated.length;
      contents.push(inflated.toString('latin1'));
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
      // A damaged stream is the parser's to report: it is not a bomb.
    }
    if (budget < 0) return null;
  }
  return { contents, objects };
}

/** The rule a PDF's raw bytes already break, or null where it is worth parsing. */
export function preflightPdf(bytes: Uint8Array): AttachmentRule | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const streams = objectStreams(text, bytes);
  if (!streams) return 'structure_too_large';
  const mentions = pageMentions(text) + streams.contents.reduce((sum, content) => sum + pageMentions(content), 0);
  if (mentions > MAX_PAGE_MENTIONS) return 'image_too_large';
  if (count(text, /\d+\s+\d+\s+obj\b/g) + streams.objects > MAX_OBJECTS) return 'structure_too_large';
  return null;
}
