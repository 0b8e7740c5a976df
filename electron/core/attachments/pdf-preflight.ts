import { inflateSync } from 'node:zlib';
import { scanLimits } from '../../../shared/domain/scan-limits';
import type { AttachmentRule } from './attachment-rules';

/**
 * The PDF parser reads every object of a file, and inflates every object stream, before it can be
 * asked anything: a few megabytes can hold a hundred thousand pages, or an object stream that
 * inflates to gigabytes. So the raw bytes are looked at first, and a file far beyond any scan is
 * refused before it is parsed. The counts are rough on purpose (an edited file keeps its old
 * objects too): they only turn away what no scan comes near; the exact checks follow the parse.
 *
 * The bytes are searched as bytes (`indexOf` runs at memory speed) and never turned into one
 * string: a scan is mostly image data, and a string of it was most of the import's time and garbage.
 */
// A 500-page scan with a text layer has a few thousand objects.
const MAX_OBJECTS = 50_000;
// Object and cross-reference streams hold dictionaries and offsets, never pixels: a scan's fit in
// a few hundred kilobytes.
const MAX_OBJECT_STREAM_BYTES = 16 * 1024 * 1024;
// Every page may appear in several revisions of an edited file; four times the limit is none's.
const MAX_PAGE_MENTIONS = 4 * scanLimits.pages;

// What a regular expression's \s matches in Latin-1 text: tab, line feed, vertical tab, form feed,
// carriage return, space, and the no-break space.
const isSpace = (byte: number | undefined) => byte !== undefined && ((byte >= 0x09 && byte <= 0x0d) || byte === 0x20 || byte === 0xa0);
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;
const isLetter = (byte: number | undefined) => byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
const isWordByte = (byte: number | undefined) => isLetter(byte) || isDigit(byte) || byte === 0x5f;

const latin1 = (name: string) => Buffer.from(name, 'latin1');
const PAGE = [latin1('Page')];
// What the parser counts, and what it inflates whatever the size: pages, object streams and
// cross-reference streams, found in one pass over the bytes.
const PAGE_AND_STREAMS = [latin1('Page'), latin1('ObjStm'), latin1('XRef')];

/**
 * Each place `/Type` is followed, after any spaces, by `/` + one of `names` and no further
 * letter, with the index of the name.
 */
function typeMentions(bytes: Buffer, names: Buffer[], found: (name: number, at: number) => void): void {
  for (let at = bytes.indexOf('/Type', 0, 'latin1'); at !== -1; at = bytes.indexOf('/Type', at + 5, 'latin1')) {
    let cursor = at + 5;
    while (isSpace(bytes[cursor])) cursor++;
    if (bytes[cursor] !== 0x2f) continue;
    for (const [index, name] of names.entries()) {
      const end = cursor + 1 + name.length;
      if (end <= bytes.length && bytes.compare(name, 0, name.length, cursor + 1, end) === 0 && !isLetter(bytes[end])) found(index, at);
    }
  }
}

export function pageMentions(bytes: Buffer): number {
  let found = 0;
  typeMentions(bytes, PAGE, () => found++);
  return found;
}

/** How many pages the bytes mention, and where they mention an object or cross-reference stream. */
export function typeNamesOf(bytes: Buffer): { pages: number; streams: number[] } {
  let pages = 0;
  const streams: number[] = [];
  typeMentions(bytes, PAGE_AND_STREAMS, (name, at) => (name === 0 ? pages++ : streams.push(at)));
  return { pages, streams };
}

/** How many `N G obj` object headers the bytes hold. */
export function objectHeaders(bytes: Buffer): number {
  let found = 0;
  for (let at = bytes.indexOf('obj', 0, 'latin1'); at !== -1; at = bytes.indexOf('obj', at + 3, 'latin1')) {
    if (isWordByte(bytes[at + 3])) continue;
    let cursor = at - 1;
    const run = (test: (byte: number | undefined) => boolean) => {
      const from = cursor;
      while (cursor >= 0 && test(bytes[cursor])) cursor--;
      return cursor < from;
    };
    if (run(isSpace) && run(isDigit) && run(isSpace) && run(isDigit)) found++;
  }
  return found;
}

/**
 * The contents of the object and cross-reference streams mentioned at `mentions`, inflated within
 * one budget; null once it is passed.
 */
function objectStreams(bytes: Buffer, mentions: number[]): { contents: Buffer[]; objects: number } | null {
  const contents: Buffer[] = [];
  let objects = 0;
  let budget = MAX_OBJECT_STREAM_BYTES;
  for (const at of mentions) {
    const dictionaryStart = bytes.lastIndexOf('obj', at, 'latin1');
    const keyword = bytes.indexOf('stream', at, 'latin1');
    if (dictionaryStart === -1 || keyword === -1) continue;
    const dictionary = bytes.toString('latin1', dictionaryStart, keyword);
    objects += Number(/\/N\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
    const filter = /\/Filter\s*\[?\s*(\/\w+)?/.exec(dictionary);
    // The parser would inflate any other filter too, but nothing measures it here: no scanner uses one.
    if (filter && filter[1] !== '/FlateDecode') return null;
    const dataStart = keyword + 6 + (bytes[keyword + 6] === 0x0d ? 2 : 1);
    const dataEnd = bytes.indexOf('endstream', dataStart, 'latin1');
    const data = bytes.subarray(dataStart, dataEnd === -1 ? bytes.length : dataEnd);
    try {
      const inflated = filter ? inflateSync(data, { maxOutputLength: Math.max(1, budget) }) : data;
      budget -= inflated.length;
      contents.push(inflated);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
      // A damaged stream is the parser's to report: it is not a bomb.
    }
    if (budget < 0) return null;
  }
  return { contents, objects };
}

/** The rule a PDF's raw bytes already break, or null where it is worth parsing. */
export function preflightPdf(content: Uint8Array): AttachmentRule | null {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const named = typeNamesOf(bytes);
  const streams = objectStreams(bytes, named.streams);
  if (!streams) return 'structure_too_large';
  const mentions = named.pages + streams.contents.reduce((sum, inflated) => sum + pageMentions(inflated), 0);
  if (mentions > MAX_PAGE_MENTIONS) return 'image_too_large';
  if (objectHeaders(bytes) + streams.objects > MAX_OBJECTS) return 'structure_too_large';
  return null;
}
