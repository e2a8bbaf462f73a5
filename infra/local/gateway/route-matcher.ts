import type { HttpMethod, Route } from '#functions/routes.js';

export interface RouteMatch<R> {
  route: R;
  pathParameters: Record<string, string> | null;
}

export type PathMatch<R> =
  | { kind: 'found'; match: RouteMatch<R> }
  | { kind: 'method-not-allowed'; allowed: HttpMethod[] }
  | { kind: 'not-found' };

const isParameter = (segment: string) => segment.startsWith('{') && segment.endsWith('}');
const segmentsOf = (path: string) => path.split('/').filter((segment) => segment.length > 0);

interface Resource<R> {
  segments: string[];
  methods: R[];
}

/**
 * API Gateway prefers a literal segment to a parameter at the same place: the earliest segment
 * where two resources differ in kind decides. A total order, so the table's order never matters.
 */
const specificity = (a: Resource<unknown>, b: Resource<unknown>): number => {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i += 1) {
    const literalA = !isParameter(a.segments[i] ?? '');
    const literalB = !isParameter(b.segments[i] ?? '');
    if (literalA !== literalB) return literalA ? -1 : 1;
  }
  return a.segments.length - b.segments.length || a.segments.join('/').localeCompare(b.segments.join('/'));
};

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

/**
 * Matches request paths against API Gateway resource paths (`/vacancies/{number}`). As in API
 * Gateway, the most specific resource that matches the path is chosen first, then its method:
 * `GET /vacancies/parse` never falls back to `/vacancies/{number}` when `parse` is a resource.
 */
export const createRouteMatcher = <R extends Pick<Route, 'method' | 'path'>>(routes: readonly R[]) => {
  const byPath = new Map<string, Resource<R>>();
  for (const route of routes) {
    const resource = byPath.get(route.path) ?? { segments: segmentsOf(route.path), methods: [] };
    resource.methods.push(route);
    byPath.set(route.path, resource);
  }
  const resources = [...byPath.values()].sort(specificity);

  return (method: string, decodedSegments: string[]): PathMatch<R> => {
    for (const resource of resources) {
      const parameters = matchSegments(resource.segments, decodedSegments);
      if (!parameters) continue;
      const route = resource.methods.find((candidate) => candidate.method === method);
      if (!route) return { kind: 'method-not-allowed', allowed: resource.methods.map((candidate) => candidate.method) };
      return { kind: 'found', match: { route, pathParameters: Object.keys(parameters).length > 0 ? parameters : null } };
    }
    return { kind: 'not-found' };
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
