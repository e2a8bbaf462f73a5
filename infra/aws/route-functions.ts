import type { Route, RouteLimits, Uses } from '#functions/routes.js';

/**
 * The routes one deployed function serves, behind a dispatcher (functions/http/route-dispatch.ts).
 * Routes share a function only when they have the same `uses` and the same limits: a function's
 * grants and environment are then exactly those of each of its routes, so no route gets an access
 * it would not have on a function of its own (docs/architecture.md, "Routes share functions").
 */
export interface RouteFunction {
  /** The function's construct id, made from what it may do, so adding a route to it renames nothing. */
  name: string;
  uses: Uses;
  limits: RouteLimits | undefined;
  routes: readonly Route[];
}

const tableWords = { read: 'ReadsTable', write: 'WritesTable' } as const;
const documentWords = { read: 'ReadsDocuments', write: 'WritesDocuments', offers: 'OffersUploads', exports: 'WritesExports' } as const;
const capitalised = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/** What a function with these grants and limits may do, as a name: `RoutesWritesTableOffersUploadsSendsEmail512MB25s`. */
export const routeFunctionName = (uses: Uses, limits: RouteLimits | undefined): string => {
  const words = [
    uses.table ? tableWords[uses.table] : '',
    uses.documents ? documentWords[uses.documents] : '',
    uses.email ? 'SendsEmail' : '',
    uses.uploads ? 'ServesUploadPages' : '',
    uses.staffSignIn ? 'SignsInStaff' : '',
    ...(uses.settings ?? []).map((setting) => `Reads${capitalised(setting)}Settings`),
    limits ? `${limits.memoryMb}MB${limits.timeoutSeconds}s` : '',
  ].filter(Boolean);
  return `Routes${words.length > 0 ? words.join('') : 'WithNoAccess'}`;
};

/** The route table, grouped into the functions that serve it, in the table's order. */
export const routeFunctions = (routes: readonly Route[]): RouteFunction[] => {
  const byName = new Map<string, RouteFunction>();
  for (const route of routes) {
    const name = routeFunctionName(route.uses, route.limits);
    const group = byName.get(name);
    if (group) byName.set(name, { ...group, routes: [...group.routes, route] });
    else byName.set(name, { name, uses: route.uses, limits: route.limits, routes: [route] });
  }
  return [...byName.values()];
};

/** The function that serves `route` (its construct id). */
export const routeFunctionOf = (route: Route): string => routeFunctionName(route.uses, route.limits);
