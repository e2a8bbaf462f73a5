import type { Route, RouteLimits, Uses } from '#functions/routes.js';

/**
 * The routes one deployed function serves, behind a dispatcher (functions/http/route-dispatch.ts).
 * Routes share a function only when they have the same `uses`, the same limits and the same kind
 * of caller: a function's grants and environment are then exactly those of each of its routes, so
 * no route gets an access it would not have on a function of its own, and no candidate's request
 * runs in a function that carries staff code (docs/architecture.md, "Routes share functions").
 */
export interface RouteFunction {
  /** The function's construct id, made from who calls it and what it may do, so adding a route to it renames nothing. */
  name: string;
  caller: Route['caller']['kind'];
  uses: Uses;
  limits: RouteLimits | undefined;
  routes: readonly Route[];
}

const tableWords = { read: 'ReadsTable', write: 'WritesTable' } as const;
const documentWords = { read: 'ReadsDocuments', write: 'WritesDocuments', offers: 'OffersUploads', exports: 'WritesExports', reports: 'ReadsSelectionReports', 'report-sign-off': 'StoresSelectionReports', 'nomination-packages': 'BuildsNominationPackages' } as const;
const capitalised = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

const callerWords = { public: 'PublicRoutes', staff: 'StaffRoutes' } as const;

/** Who calls a function and what it may do, as a name: `PublicRoutesWritesTableOffersUploadsSendsEmail512MB25s`. */
export const routeFunctionName = (caller: RouteFunction['caller'], uses: Uses, limits: RouteLimits | undefined): string => {
  const words = [
    uses.table ? tableWords[uses.table] : '',
    uses.documents ? documentWords[uses.documents] : '',
    uses.email ? 'SendsEmail' : '',
    uses.uploads ? 'ServesUploadPages' : '',
    uses.staffSignIn ? 'SignsInStaff' : '',
    ...(uses.settings ?? []).map((setting) => `Reads${capitalised(setting)}Settings`),
    limits ? `${limits.memoryMb}MB${limits.timeoutSeconds}s` : '',
  ].filter(Boolean);
  return `${callerWords[caller]}${words.length > 0 ? words.join('') : 'WithNoAccess'}`;
};

/** The function that serves `route` (its construct id). */
export const routeFunctionOf = (route: Route): string => routeFunctionName(route.caller.kind, route.uses, route.limits);

/** The route table, grouped into the functions that serve it, in the table's order. */
export const routeFunctions = (routes: readonly Route[]): RouteFunction[] => {
  const byName = new Map<string, RouteFunction>();
  for (const route of routes) {
    const name = routeFunctionOf(route);
    const group = byName.get(name);
    if (group) byName.set(name, { ...group, routes: [...group.routes, route] });
    else byName.set(name, { name, caller: route.caller.kind, uses: route.uses, limits: route.limits, routes: [route] });
  }
  return [...byName.values()];
};
