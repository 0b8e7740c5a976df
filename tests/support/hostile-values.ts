import fc from 'fast-check';

/**
 * Values a hostile or broken caller might send where the contract expects something else: huge,
 * control-ridden or ill-formed strings, numbers at the edges, nesting deep enough to exhaust a
 * recursive reader, prototype-pollution keys, and arrays where objects belong.
 */
// Past the contract's largest string (a scan, 2,000,000 characters); made once, shared by every run.
const HUGE = 'x'.repeat(2_100_000);
const HUGE_KAZAKH = 'әңғүұқөһі'.repeat(240_000);

const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: char(0, 0x1f), maxLength: 20 }),
  // Lone halves of surrogate pairs: not Unicode at all, and a trap for anything that encodes them.
  fc.string({ unit: char(0xd800, 0xdfff), maxLength: 8 }),
  fc.constantFrom(
    HUGE,
    HUGE_KAZAKH,
    '',
    ' ',
    '\u0000',
    '\ud800',
    'a\udfffb',
    '\u202eexe.pdf',
    '\ufeff',
    '__proto__',
    'constructor',
    'prototype',
    '../../../../etc/passwd',
    "'; DROP TABLE visits; --",
    '%s%n%x',
    '${{7*7}}',
    '1e309',
    'NaN',
  ),
);

export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, -1, 1, 2 ** 31, -(2 ** 31), 2 ** 32, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, 1e308, 0.1 + 0.2),
  fc.double(),
  fc.integer(),
);

/** Objects and arrays nested `depth` levels deep, built without recursion. */
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value };
  return value;
}

/** Own keys that pollute a prototype when a careless merge copies them. */
const pollution: fc.Arbitrary<unknown> = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true, "role": "supervisor"}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  JSON.parse('{"__proto__": null, "toString": "x", "valueOf": 1, "hasOwnProperty": 2}') as unknown,
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(hostileString, edgeNumber, fc.boolean(), fc.constantFrom(null, undefined), fc.bigInt().map(String), pollution);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(hostileString.filter((key) => key.length < 100), fc.constantFrom('__proto__', 'constructor', 'prototype', 'then', 'toJSON'));

/** Any hostile value: a leaf, a deep nest, or a small structure of them with hostile keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean()).map(([depth, asArray]) => nested(depth, asArray)) },
  { weight: 2, arbitrary: fc.array(leaf, { maxLength: 5 }) },
  { weight: 2, arbitrary: fc.dictionary(hostileKey, leaf, { maxKeys: 5 }) },
);

/** `object` with `key` set as an own property, even `__proto__`, as JSON.parse would make it. */
export function withOwn(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}
