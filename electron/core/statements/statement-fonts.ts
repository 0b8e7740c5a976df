import fontkit from '@pdf-lib/fontkit';
import type { Font, Glyph, GlyphRun, Subset, SubsetStream, TypeFeatures } from '@pdf-lib/fontkit';

/**
 * The statement's fonts for pdf-lib, each font file parsed once per process.
 *
 * pdf-lib measures and encodes every string through fontkit's `layout`, which runs OpenType
 * shaping (GSUB and GPOS) each time, and `embedFont` parses the font file again for every document.
 * The statement's layout measures thousands of candidate lines, so shaping was nearly all of a
 * statement's time, and parsing most of the rest. Here:
 *
 * - each font file (by its bytes object) is parsed once, and its tables stay decoded;
 * - a string made only of "plain" characters is mapped through the cmap directly: a plain
 *   character is one of the left-to-right alphabets and punctuation (Latin, Cyrillic, …) whose glyph
 *   no substitution of the font's default features can start from or be needed by (worked out once
 *   from the font's GSUB table), so shaping would give exactly the cmap's glyphs. The Kazakh and
 *   Russian alphabets, digits and everyday punctuation are plain in Noto Sans; an `fi` (a ligature),
 *   a combining mark after `i`, a fraction slash or a soft hyphen are not;
 * - any other string is shaped by fontkit as before;
 * - the document's subset of each font is encoded at once, not through fontkit's stream, which
 *   starts on a browser `nextTick` shim (a timer of at least a millisecond per font and document).
 *
 * Each document still has its own glyph objects, created in the order and with the code points a
 * freshly parsed font would give them (pdf-lib writes the ToUnicode map from them), so the PDF is
 * byte for byte what pdf-lib with plain fontkit writes; the tests compare the two.
 */
export const statementFontkit = {
  create(bytes: Uint8Array): Font {
    let face = faces.get(bytes);
    if (!face) {
      face = new ParsedFace(bytes);
      faces.set(bytes, face);
    }
    return face.forDocument();
  },
};

const faces = new WeakMap<Uint8Array, ParsedFace>();

type GlyphCache = Record<number, Glyph>;
/** What fontkit keeps of a parsed font beyond its typed API: its glyph objects, created on demand. */
type FontInternals = { _glyphs: GlyphCache };

class ParsedFace {
  /** Serves pdf-lib's metrics and the per-document subsets; its tables and glyph outlines stay decoded. */
  private readonly font: Font;
  /** Shapes text and makes glyph objects, with the document's own glyph cache swapped in for each call. */
  private readonly shaper: Font & FontInternals;
  /** Glyph id of each plain character (all are in the Basic Multilingual Plane), -1 for the others. */
  private readonly plain = new Int32Array(0x10000).fill(-1);
  /** Plain glyphs side by side that a ligature would still join (first × 0x10000 + second), and their first glyphs. */
  private readonly pairs: Set<number>;
  private readonly pairFirsts = new Set<number>();
  private readonly spaceId: number;

  constructor(bytes: Uint8Array) {
    this.font = fontkit.create(bytes);
    this.shaper = fontkit.create(bytes) as Font & FontInternals;
    const { plain, pairs } = plainGlyphs(this.font);
    for (const [codePoint, id] of plain) this.plain[codePoint] = id;
    this.pairs = pairs;
    for (const pair of pairs) this.pairFirsts.add(Math.floor(pair / 0x10000));
    this.spaceId = this.font.glyphForCodePoint(0x20).id;
  }

  /** The font as one document sees it: its own glyph objects, shaping through `layout` below. */
  forDocument(): Font {
    const glyphs: GlyphCache = {};
    const font = this.font;
    const layout = (text: string, features?: TypeFeatures | (keyof TypeFeatures)[]) => this.layout(text, features, glyphs);
    const createSubset = () => encodedAtOnce(font, font.createSubset());
    return new Proxy(font, {
      get(target, key) {
        if (key === 'layout') return layout;
        if (key === 'createSubset') return createSubset;
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /**
   * fontkit's `layout` of `text` against the document's glyph cache. For plain text this is what
   * fontkit does when no lookup applies: cmap glyphs in order (made on first use with the code point),
   * then the space glyph that it fetches to hide default-ignorable characters, none of which are plain.
   */
  layout(text: string, features: TypeFeatures | (keyof TypeFeatures)[] | undefined, glyphs: GlyphCache): GlyphRun {
    this.shaper._glyphs = glyphs;
    const hasFeatures = Array.isArray(features) ? features.length > 0 : features !== undefined && Object.keys(features).length > 0;
    if (text === '' || hasFeatures) return this.shaper.layout(text, features);
    // First the whole text is checked, so that no glyph is made that fontkit would not make.
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const id = this.plain[text.charCodeAt(i)]!;
      if (id < 0 || (this.pairFirsts.has(previous) && this.pairs.has(pairKey(previous, id)))) return this.shaper.layout(text, features);
      previous = id;
    }
    const run = new Array<Glyph>(text.length);
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.charCodeAt(i);
      const id = this.plain[codePoint]!;
      const glyph = glyphs[id] ?? this.shaper.getGlyph(id, [codePoint]);
      // A glyph this document first met under other code points (a ligature's, say) is left to
      // fontkit, whose handling of it may depend on them.
      if (glyph.codePoints[0] !== codePoint) return this.shaper.layout(text, features);
      run[i] = glyph;
    }
    if (!glyphs[this.spaceId]) this.shaper.getGlyph(this.spaceId, [0x20]);
    // pdf-lib reads only the glyphs of a run.
    return { glyphs: run } as unknown as GlyphRun;
  }
}

/** What fontkit's subsets do beyond their typed API: encode into restructure's EncodeStream, a Readable. */
type SubsetInternals = { encode(stream: EncodeStream): void };
type EncodeStream = { push(chunk: Uint8Array | null): boolean; end(): void };
type Listener = (data: Uint8Array) => unknown;

/** The class of fontkit's encode streams, taken once from a stream of an empty subset. */
let encodeStreamClass: (new () => EncodeStream) | undefined;

/**
 * `subset`, whose `encodeStream` encodes right away into a stream of fontkit's own class that
 * keeps the chunks it would emit; pdf-lib's listeners get them, in order, in a microtask.
 */
function encodedAtOnce(font: Font, subset: Subset): Subset {
  if (typeof (subset as Subset & Partial<SubsetInternals>).encode !== 'function') return subset;
  encodeStreamClass ??= font.createSubset().encodeStream().constructor as new () => EncodeStream;
  const Stream = encodeStreamClass;
  const encodeStream = (): SubsetStream => {
    const chunks: Uint8Array[] = [];
    let failure: unknown;
    try {
      const stream = new Stream();
      stream.push = (chunk) => {
        if (chunk) chunks.push(chunk);
        return true;
      };
      (subset as Subset & SubsetInternals).encode(stream);
      stream.end();
    } catch (error) {
      failure = error ?? new Error('the font subset could not be encoded');
    }
    const listeners = new Map<string, Listener[]>();
    queueMicrotask(() => {
      const call = (event: string, value?: unknown) => listeners.get(event)?.forEach((listener) => listener(value as Uint8Array));
      if (failure !== undefined) return call('error', failure);
      chunks.forEach((chunk) => call('data', chunk));
      call('end');
    });
    const emitter: SubsetStream = {
      on(event: string, listener: Listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return emitter;
      },
    };
    return emitter;
  };
  return Object.assign(subset, { encodeStream });
}

// ---------------------------------------------------------------------------------------------
// Which characters shaping leaves alone: fontkit's default shaper applies these GSUB features
// (`frac`, `numr`, `dnom` only around U+2044, which is never plain).
const defaultSubstitutions = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'calt', 'clig', 'liga', 'rclt'];

/**
 * Left-to-right scripts that fontkit shapes with its default shaper in any font, and Common
 * punctuation and symbols; fontkit's default-ignorable characters (it swaps them for a space),
 * variation selectors and the fraction slash are left out. All lie in the Basic Multilingual Plane.
 */
function mayBePlain(codePoint: number): boolean {
  const ranges: [number, number][] = [
    [0x0020, 0x007e],
    [0x00a0, 0x00ac],
    [0x00ae, 0x034e],
    [0x0350, 0x058f], // Latin-1 to Armenian (Hebrew, right to left, starts at U+0590)
    [0x1e00, 0x1fff], // Latin Extended Additional, Greek Extended
    [0x2000, 0x200a],
    [0x2010, 0x2029],
    [0x202f, 0x2043],
    [0x2045, 0x205f],
    [0x2070, 0x2bff], // super- and subscripts, currency, letterlike (№), number forms, arrows, maths
  ];
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The parts of fontkit's decoded GSUB table read here; anything else keeps a glyph from being plain. */
type Coverage = { version: 1; glyphs: number[] } | { version: 2; rangeRecords: { start: number; end: number }[] };
type Ligature = { glyph: number; components: number[] };
type Subtable = {
  version?: number;
  coverage?: Coverage;
  ligatureSets?: Listing<Listing<Ligature>>;
  coverages?: Coverage[];
  backtrackCoverage?: Coverage[];
  inputCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  extensionLookupType?: number;
  extension?: Subtable;
};
type LookupFlags = { markAttachmentType?: number; flags?: { ignoreBaseGlyphs?: boolean; ignoreLigatures?: boolean; ignoreMarks?: boolean } };
type Lookup = { lookupType: number; flags?: LookupFlags; subTables: Listing<Subtable> };
type Gsub = {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: Listing<Lookup>;
};
/** fontkit decodes some lists lazily (restructure's LazyArray). */
type Listing<T> = T[] | { toArray(): T[] };
const items = <T>(listing: Listing<T>): T[] => (Array.isArray(listing) ? listing : listing.toArray());

function coverageGlyphs(coverage: Coverage | undefined): number[] | undefined {
  if (coverage?.version === 1) return coverage.glyphs;
  if (coverage?.version === 2) return coverage.rangeRecords.flatMap(({ start, end }) => Array.from({ length: end - start + 1 }, (_, i) => start + i));
  return undefined;
}

/** What plain text avoids: these glyphs anywhere, and these glyphs side by side (first × 0x10000 + second). */
type Triggers = { glyphs: number[]; pairs: number[] };
const pairKey = (first: number, second: number) => first * 0x10000 + second;

/** Plain code point → glyph id; glyph pairs that plain text must not have side by side. */
type PlainGlyphs = { plain: Map<number, number>; pairs: Set<number> };

/**
 * The plain characters of `font` and their glyphs. A substitution applies only where every glyph
 * its rule asks for is present, so for each subtable one set of glyphs it cannot do without is
 * taken (the one that costs the everyday alphabets least: `f`, `i` and `l` are all in the rules of
 * the `fi` ligature, but only their meeting side by side is); their union is what plain text avoids.
 */
function plainGlyphs(font: Font): PlainGlyphs {
  const cmap = new Map<number, number>();
  for (const codePoint of font.characterSet) {
    if (mayBePlain(codePoint)) cmap.set(codePoint, font.glyphForCodePoint(codePoint).id);
  }
  const everyday = new Set<number>();
  for (const [codePoint, id] of cmap) {
    if (codePoint <= 0x7e || (codePoint >= 0x400 && codePoint <= 0x4ff) || (codePoint >= 0x2010 && codePoint <= 0x2027) || [0xa0, 0xab, 0xbb, 0x2116].includes(codePoint)) everyday.add(id);
  }
  const found = triggers((font as unknown as { GSUB?: Gsub }).GSUB, everyday);
  if (!found) return { plain: new Map(), pairs: new Set() };
  const avoided = new Set(found.glyphs);
  const plain = new Map<number, number>();
  for (const [codePoint, id] of cmap) if (id !== 0 && !avoided.has(id)) plain.set(codePoint, id);
  return { plain, pairs: new Set(found.pairs) };
}

/** The triggers of every substitution of the default features, in every script; undefined when the table can't be read. */
function triggers(gsub: Gsub | undefined, everyday: Set<number>): Triggers | undefined {
  const found: Triggers = { glyphs: [], pairs: [] };
  if (!gsub) return found;
  const cost = (glyphs: number[]) => glyphs.filter((id) => everyday.has(id)).length * 1e6 + glyphs.length;
  /** Any one of `options` will do (the rule needs a glyph of each); undefined ones can't be read. */
  const cheapest: Cheapest = (options) => options.reduce<number[] | undefined>((best, option) => (option && (!best || cost(option) < cost(best)) ? option : best), undefined);

  const lookups = new Set<number>();
  for (const { script } of gsub.scriptList) {
    for (const index of script.defaultLangSys?.featureIndexes ?? []) {
      const record = gsub.featureList[index];
      if (record && defaultSubstitutions.includes(record.tag)) record.feature.lookupListIndexes.forEach((lookup) => lookups.add(lookup));
    }
  }
  const lookupList = items(gsub.lookupList);
  for (const index of lookups) {
    const lookup = lookupList[index];
    if (!lookup) return undefined;
    const flags = lookup.flags;
    // With no glyph skipped, a ligature's first two glyphs must stand side by side.
    const skipsNone = flags?.flags !== undefined && !flags.flags.ignoreMarks && !flags.flags.ignoreBaseGlyphs && !flags.flags.ignoreLigatures && !flags.markAttachmentType;
    for (const subtable of items(lookup.subTables)) {
      const needs = subtableTriggers(lookup.lookupType, subtable, skipsNone, cheapest);
      if (!needs) return undefined;
      found.glyphs.push(...needs.glyphs);
      found.pairs.push(...needs.pairs);
    }
  }
  return found;
}

type Cheapest = (options: (number[] | undefined)[]) => number[] | undefined;

function subtableTriggers(type: number, subtable: Subtable, skipsNone: boolean, cheapest: Cheapest): Triggers | undefined {
  if (type === 7) return subtable.extension && subtable.extensionLookupType ? subtableTriggers(subtable.extensionLookupType, subtable.extension, skipsNone, cheapest) : undefined;
  const coverage = coverageGlyphs(subtable.coverage);
  const glyphs = (found: number[] | undefined): Triggers | undefined => (found ? { glyphs: found, pairs: [] } : undefined);
  if (type === 4 && coverage && subtable.ligatureSets) {
    const found: Triggers = { glyphs: [], pairs: [] };
    for (const [i, set] of items(subtable.ligatureSets).entries()) {
      const first = coverage[i];
      if (first === undefined) return undefined;
      const seconds = items(set).map((ligature) => ligature.components[0]);
      if (seconds.some((second) => second === undefined)) {
        found.glyphs.push(first);
      } else if (skipsNone) {
        found.pairs.push(...seconds.map((second) => pairKey(first, second!)));
      } else {
        // That first glyph, or the second glyph of each of its ligatures.
        found.glyphs.push(...cheapest([[first], [...new Set(seconds as number[])]])!);
      }
    }
    return found;
  }
  if ((type === 5 || type === 6) && subtable.version === 3) {
    const positions = type === 5 ? (subtable.coverages ?? []) : [...(subtable.backtrackCoverage ?? []), ...(subtable.inputCoverage ?? []), ...(subtable.lookaheadCoverage ?? [])];
    return glyphs(cheapest(positions.map(coverageGlyphs)));
  }
  if (type === 8) return glyphs(cheapest([coverage, ...(subtable.backtrackCoverage ?? []).map(coverageGlyphs), ...(subtable.lookaheadCoverage ?? []).map(coverageGlyphs)]));
  // Single, multiple and alternate substitutions, and the contexts by glyph or class, start at a glyph of their coverage.
  return glyphs(coverage);
}
