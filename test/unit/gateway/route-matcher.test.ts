import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HttpMethod } from '#functions/routes.js';
import { createRouteMatcher, decodePath } from '#infra/local/gateway/route-matcher.js';

const route = (method: HttpMethod, path: string) => ({ method, path });

const permutations = <T>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

const matchedPath = (result: ReturnType<ReturnType<typeof createRouteMatcher<{ method: HttpMethod; path: string }>>>) =>
  result.kind === 'found' ? result.match.route.path : result.kind;

describe('createRouteMatcher', () => {
  const vacancyRoutes = [route('GET', '/vacancies'), route('GET', '/vacancies/{number}'), route('GET', '/vacancies/parse')];
  const tableOrders = permutations(vacancyRoutes).map((table) => ({ order: table.map((r) => (r.path === '/vacancies' ? 'list' : r.path.replace('/vacancies/', ''))).join(', '), table }));

  it.each(tableOrders)(
    'prefers the literal /vacancies/parse to /vacancies/{number} with the table in the order $order',
    ({ table }) => {
      const result = createRouteMatcher(table)('GET', ['vacancies', 'parse']);

      expect(matchedPath(result)).toBe('/vacancies/parse');
    },
  );

  it.each(tableOrders)(
    'still serves /vacancies/{number} for any other number, with the table in the order $order',
    ({ table }) => {
      const result = createRouteMatcher(table)('GET', ['vacancies', '1152']);

      expect(result).toEqual({ kind: 'found', match: { route: route('GET', '/vacancies/{number}'), pathParameters: { number: '1152' } } });
    },
  );

  it('answers method-not-allowed with every method the path allows', () => {
    const match = createRouteMatcher([route('GET', '/admin/vacancies'), route('POST', '/admin/vacancies'), route('GET', '/vacancies')]);

    const result = match('DELETE', ['admin', 'vacancies']);

    expect(result.kind).toBe('method-not-allowed');
    expect(result.kind === 'method-not-allowed' ? [...result.allowed].sort() : []).toEqual(['GET', 'POST']);
  });

  it('answers not-found for a path no route has', () => {
    const match = createRouteMatcher(vacancyRoutes);

    expect(match('GET', ['applications'])).toEqual({ kind: 'not-found' });
    expect(match('GET', ['vacancies', '1152', 'history'])).toEqual({ kind: 'not-found' });
    expect(match('GET', [])).toEqual({ kind: 'not-found' });
  });

  it('gives null path parameters to a route without any', () => {
    const result = createRouteMatcher(vacancyRoutes)('GET', ['vacancies']);

    expect(result).toEqual({ kind: 'found', match: { route: route('GET', '/vacancies'), pathParameters: null } });
  });

  it('names every parameter of a route with several', () => {
    const match = createRouteMatcher([route('POST', '/applications/{id}/documents/{kind}/complete')]);

    const result = match('POST', ['applications', 'app-1', 'documents', 'cv', 'complete']);

    expect(result.kind === 'found' ? result.match.pathParameters : undefined).toEqual({ id: 'app-1', kind: 'cv' });
  });

  it('hands path parameters over decoded', () => {
    const segments = decodePath('/vacancies/senior%20coordinator');

    const result = createRouteMatcher(vacancyRoutes)('GET', segments ?? []);

    expect(result.kind === 'found' ? result.match.pathParameters : undefined).toEqual({ number: 'senior coordinator' });
  });

  it('treats a trailing slash as the same path: /vacancies/ is /vacancies', () => {
    const segments = decodePath('/vacancies/');

    const result = createRouteMatcher(vacancyRoutes)('GET', segments ?? []);

    expect(segments).toEqual(['vacancies']);
    expect(matchedPath(result)).toBe('/vacancies');
  });
});

describe('decodePath', () => {
  it('decodes each segment after splitting, so an encoded slash stays inside its segment', () => {
    expect(decodePath('/vacancies/a%2Fb')).toEqual(['vacancies', 'a/b']);
  });

  it('decodes multi-byte UTF-8', () => {
    expect(decodePath('/vacancies/S%C3%A3o%20Paulo')).toEqual(['vacancies', 'São Paulo']);
  });

  it.each(['/vacancies/%zz', '/vacancies/%E0%A4%A', '/vacancies/%', '/vacancies/%C3'])('answers undefined for the broken encoding %s', (path) => {
    expect(decodePath(path)).toBeUndefined();
  });

  it('gives back any segments that were percent-encoded', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 }), { maxLength: 5 }), (segments) => {
        const path = `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;

        expect(decodePath(path)).toEqual(segments);
      }),
    );
  });
});
