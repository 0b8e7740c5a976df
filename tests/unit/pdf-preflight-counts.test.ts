import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { objectHeaders, pageMentions, typeNamesOf } from '../../electron/core/attachments/pdf-preflight';

// The preflight counts by searching bytes; these are the regular expressions it stands for, run
// over the same bytes read as Latin-1. The two must agree on any input.
const byRegExp = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const regExpPages = (text: string) => byRegExp(text, /\/Type\s*\/Page(?![A-Za-z])/g);
const regExpObjects = (text: string) => byRegExp(text, /\d+\s+\d+\s+obj\b/g);
const regExpStreams = (text: string) => [...text.matchAll(/\/Type\s*\/(ObjStm|XRef)(?![A-Za-z])/g)].map((match) => match.index);

const token = fc.constantFrom('/Type', '/Page', '/Pages', '/PageX', '/ObjStm', '/ObjStms', '/XRef', '/XRefStm', '/XRe', ' ', '\n', '\r', '\t', '\u00a0', '\f', '\v', 'obj', 'endobj', 'objx', 'obj_', '0', '12', '7', 'stream', '/', 'a', '\u00ff', '\u0085');
const text = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));

describe('PDF preflight counts', () => {
  it('counts pages and objects as the regular expressions do on a small file', () => {
    const sample = '1 0 obj\n<< /Type /Pages /Kids [2 0 R] >>\nendobj\n2 0 obj << /Type/Page >> endobj 3 0 obj<</Type /PageLabel>>endobj';
    const bytes = Buffer.from(sample, 'latin1');
    expect([pageMentions(bytes), objectHeaders(bytes)]).toEqual([1, 3]);
  });

  it('finds pages and object and cross-reference streams in one pass', () => {
    const sample = '1 0 obj << /Type /ObjStm /N 2 >> 2 0 obj << /Type/Page >> 3 0 obj << /Type /XRefStm >> 4 0 obj << /Type\n/XRef >> << /Type /Page >>';
    expect(typeNamesOf(Buffer.from(sample, 'latin1'))).toEqual({ pages: 2, streams: [11, 98] });
  });

  test.prop([text], { numRuns: 2000 })('agree with the regular expressions on any mix of PDF tokens', (sample) => {
    const bytes = Buffer.from(sample, 'latin1');
    expect(pageMentions(bytes)).toBe(regExpPages(sample));
    expect(typeNamesOf(bytes)).toEqual({ pages: regExpPages(sample), streams: regExpStreams(sample) });
    expect(objectHeaders(bytes)).toBe(regExpObjects(sample));
  });
});
