import fc from 'fast-check';
import { expect } from 'vitest';
import type * as z from '#shared/zod.js';
import { deepJson, hostileJson, hugeStrings, malformedJsonText, nonJsonContentTypes, spoiled } from '../../support/arbitraries.js';
import { expectRefused, expectWellFormed } from './answers.js';
import type { Answer } from './direct-calls.js';

/** A JSON route's body as sent: the text, its content type, and how it was made (for the failure message). */
export interface BodyCase {
  text: string;
  contentType: string;
  how: string;
}

/**
 * Bodies for a JSON route, around one valid body: spoiled fields, unknown and prototype keys,
 * another content type, broken JSON, deep nesting, a body over the route's limit, any JSON at all.
 */
export const bodyCases = (valid: Record<string, unknown>, fieldValues: Partial<Record<string, fc.Arbitrary<unknown>>>, limit: number): fc.Arbitrary<BodyCase> => {
  const json = (how: string, text: string): BodyCase => ({ text, contentType: 'application/json', how });
  const oversized = hugeStrings.find((text) => text.length > limit) ?? 'x'.repeat(limit + 1);
  return fc.oneof(
    { weight: 12, arbitrary: spoiled(valid, fieldValues).map(({ text, how }) => json(how, text)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...nonJsonContentTypes).map((contentType) => ({ text: JSON.stringify(valid), contentType, how: `as ${contentType || 'no type'}` })),
    },
    { weight: 1, arbitrary: malformedJsonText.map((text) => json(`malformed ${JSON.stringify(text).slice(0, 40)}`, text)) },
    { weight: 1, arbitrary: deepJson.map((text) => json(`nested ${text.length / 2} deep`, text)) },
    { weight: 1, arbitrary: fc.constant(json(`over ${limit} bytes`, JSON.stringify({ ...valid, padding: oversized }))) },
    { weight: 1, arbitrary: hostileJson.map((value) => json(`the body is ${JSON.stringify(value)?.slice(0, 60)}`, JSON.stringify(value) ?? 'null')) },
  );
};

const isJsonType = (contentType: string) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType);

/** What the route's own zod schema and transport rules say of the body: the oracle a success is judged against. */
export const bodyVerdict = (body: BodyCase, schema: z.ZodMiniType, limit: number): { valid: true; value: unknown } | { valid: false } => {
  if (Buffer.byteLength(body.text, 'utf8') > limit || !isJsonType(body.contentType)) return { valid: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return { valid: false };
  }
  const result = schema.safeParse(parsed);
  // What the schema made of it (trimmed, lower-cased): what the route goes on with.
  return result.success ? { valid: true, value: result.data } : { valid: false };
};

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROLS_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const INVISIBLE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/**
 * Every string an accepted body carries is text a person could have typed: well-formed UTF-16
 * (no lone surrogate), no control character but a line break, no line separator or bidi control.
 * Independent of the route's schema: what a success must never have let through.
 */
export const expectCleanText = (value: unknown, what: string, path = 'body'): void => {
  if (typeof value === 'string') {
    expect(!/\p{Cs}/u.test(value), `${what}: ${path} has a lone surrogate`).toBe(true);
    expect(CONTROLS_BUT_LF.test(value), `${what}: ${path} has a control character`).toBe(false);
    expect(INVISIBLE.test(value), `${what}: ${path} has a line separator or bidi control`).toBe(false);
  } else if (Array.isArray(value)) value.forEach((item, index) => expectCleanText(item, what, `${path}[${index}]`));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) expectCleanText(item, what, `${path}.${key}`);
};

/**
 * The judgement every JSON-route case gets: well-formed always; refused when the oracle says
 * invalid; a success only for a body the schema takes, whose text is clean. Answers whether it succeeded.
 */
export const judgeJsonCase = (answer: Answer, body: BodyCase, schema: z.ZodMiniType, limit: number): boolean => {
  const what = body.how;
  const verdict = bodyVerdict(body, schema, limit);
  if (!verdict.valid) {
    expectRefused(answer, what);
    return false;
  }
  expectWellFormed(answer, what);
  if (answer.status >= 400) return false;
  expectCleanText(verdict.value, what);
  return true;
};
