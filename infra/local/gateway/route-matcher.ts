import type { HttpMethod, Route } from '#functions/routes.js';

export interface RouteMatch<R> {
  route: R;
  pathParameters: Record<string, string> | null;
}

export type PathMatch<R> =
  | { kind: 'found'; match: RouteMatch<R> }
  | { kind: 'method-not-allowed'; allowed: HttpMethod[] }
  | { kind: 'not-found' };

interface Compiled<R> {
  route: R;
  segments: string[];
}

const isParameter = (segment: string) => segment.startsWith('{') && segment.endsWith('}');
const segmentsOf = (path: string) => path.split('/').filter((segment) => segment.length > 0);

/** API Gateway prefers a literal segment to a parameter at the same place; so do we. */
const specificity = (a: Compiled<unknown>, b: Compiled<unknown>): number => {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i += 1) {
    const literalA = !isParameter(a.segments[i] ?? '');
    const literalB = !isParameter(b.segments[i] ?? '');
    if (literalA !== literalB) return literalA ? -1 : 1;
  }
  return 0;
};

/** Matches request paths against API Gateway resource paths (`/vacancies/{number}`). */
export const createRouteMatcher = <R extends Pick<Route, 'method' | 'path'>>(routes: readonly R[]) => {
  const compiled = routes
    .map((route) => ({ route, segments: segmentsOf(route.path) }))
    .sort(specificity);

  const matchSegments = (template: string[], actual: string[]): Record<string, string> | undefined => {
    if (template.length !== actual.length) return undefined;
    const parameters: Record<string, string> = {};
    for (let i = 0; i < template.length; i += 1) {
      const expected = template[i] ?? '';
      const value = actual[i] ?? '';
      if (isParameter(expected)) parameters[expected.slice(1, -1)] = value;
      else if (expected !== value) return undefined;
    }
    return parameters;
  };

  return (method: string, decodedSegments: string[]): PathMatch<R> => {
    const allowed: HttpMethod[] = [];
    for (const candidate of compiled) {
      const parameters = matchSegments(candidate.segments, decodedSegments);
      if (!parameters) continue;
      if (candidate.route.method === method) {
        return {
          kind: 'found',
          match: { route: candidate.route, pathParameters: Object.keys(parameters).length > 0 ? parameters : null },
        };
      }
      allowed.push(candidate.route.method);
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  };
};

/** A request path's segments, percent-decoded; undefined when the encoding is broken. */
export const decodePath = (path: string): string[] | undefined => {
  try {
    return segmentsOf(path).map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
};
