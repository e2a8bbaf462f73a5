import fc from 'fast-check';
import type * as z from '#shared/zod.js';
import { hostileString as anyHostileString, inUrl, traversals, unknownKey } from '../../support/arbitraries.js';

const hostileString = anyHostileString.filter(inUrl);

/**
 * Text percent-encoded as UTF-8; a lone surrogate, which UTF-8 cannot carry, as the bytes a
 * careless encoder sends for it (`%ED%A0%80`, not UTF-8 at all).
 */
export const encoded = (text: string): string => (!/\p{Cs}/u.test(text) ? encodeURIComponent(text) : `${encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'))}%ED%A0%80`);

/** A segment or parameter as the gateway decodes it, or undefined when it is not valid percent-encoded UTF-8. */
export const decoded = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
};

/** A path segment as sent, valid one time in twenty: any text percent-encoded, or a traversal written by hand (`%2e%2e%2f`). */
export const pathSegment = (valid: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...valid) },
    { weight: 12, arbitrary: hostileString.filter((text) => text.length > 0).map(encoded) },
    { weight: 5, arbitrary: fc.constantFrom(...traversals).filter((raw) => !/[/\\]|^\.+$/.test(raw)) },
    { weight: 2, arbitrary: fc.constantFrom(...valid).map((value) => `${value}${encoded('\u0000')}`) },
  );

const pairText = (name: string, value: string, raw: boolean) =>
  raw && [name, value].every((text) => !/[&#=+%\s]/.test(text) && !/\p{Cs}/u.test(text)) ? `${name}=${value}` : `${encoded(name)}=${encoded(value)}`;

/**
 * A query string for a route, mostly spoiled: one in twenty is made of the route's own parameters
 * with valid values (the cases that reach the table); the others carry at least one hostile value,
 * unknown or prototype name, or a parameter twice, raw (`%zz`, `%2e%2e`) or percent-encoded.
 */
export const queryString = (valid: Record<string, fc.Arbitrary<string>>, validWeight = 1): fc.Arbitrary<string> => {
  const names = Object.keys(valid);
  const goodPair = names.length > 0 ? fc.constantFrom(...names).chain((name) => (valid[name] ?? fc.constant('')).map((value) => [name, value] as const)) : undefined;
  const hostilePair = fc.oneof(
    fc.tuple(unknownKey(names), hostileString),
    ...(names.length > 0 ? [fc.tuple(fc.constantFrom(...names), hostileString)] : []),
  );
  const goodPairs = goodPair ? fc.uniqueArray(goodPair, { maxLength: names.length, selector: ([name]) => name }) : fc.constant([] as Array<readonly [string, string]>);
  const join = (pairs: ReadonlyArray<readonly [string, string]>, raw: boolean) => (pairs.length > 0 ? `?${pairs.map(([name, value]) => pairText(name, value, raw)).join('&')}` : '');
  const spoiledQuery = fc
    .tuple(goodPairs, hostilePair, fc.nat(), fc.boolean(), fc.boolean())
    .map(([pairs, bad, at, repeat, raw]) => {
      const spoiledPairs = [...pairs];
      if (repeat && pairs[0]) spoiledPairs.push(pairs[0]);
      else spoiledPairs.splice(at % (pairs.length + 1), 0, bad);
      return join(spoiledPairs, raw);
    });
  return fc.oneof({ weight: validWeight, arbitrary: goodPairs.map((pairs) => join(pairs, false)) }, { weight: 20 - validWeight, arbitrary: spoiledQuery });
};

/** What the gateway and validateInput make of the query: a parameter twice is refused; then the route's schema. */
export const queryIsValid = (search: string, schema: z.ZodMiniType): boolean => {
  const params = new URL(`http://127.0.0.1/${search}`).searchParams;
  if (hasRepeats(search)) return false;
  // fromEntries makes `__proto__` an own key, as JSON.parse does with the event API Gateway sends.
  return schema.safeParse(Object.fromEntries(params)).success;
};

/** A parameter given twice: validateInput refuses it on every route. */
export const hasRepeats = (search: string): boolean => {
  const keys = [...new URL(`http://127.0.0.1/${search}`).searchParams.keys()];
  return new Set(keys).size !== keys.length;
};


/** No parameter at all, as a route without a query schema takes (`?` alone is none). */
export const noQuery = (search: string): boolean => [...new URL(`http://127.0.0.1/${search}`).searchParams.keys()].length === 0;

/** A query that is valid one time in `1 + invalidWeight` at most: for routes whose valid case costs a table read or more. */
export const mostlyInvalid = (query: fc.Arbitrary<string>, schema: z.ZodMiniType, invalidWeight = 4): fc.Arbitrary<string> =>
  fc.oneof({ weight: 1, arbitrary: query }, { weight: invalidWeight, arbitrary: query.filter((search) => !queryIsValid(search, schema)) });
