import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';

/** A route's handler as its module exports it (middy-wrapped, payload 1.0 in and out). */
export type RouteHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/** One route a deployed function serves: the method and resource path API Gateway names in the event. */
export interface DispatchedRoute {
  method: string;
  path: string;
  /**
   * Imported statically: loading the handlers on demand (a dynamic import per route) was measured
   * slower and 12% larger, as esbuild then wraps every module for lazy evaluation (docs/architecture.md).
   */
  handler: RouteHandler;
}

/** The key API Gateway's event carries for the route it matched: `event.resource` is the path template, set by API Gateway, not by the client. */
export const routeKey = (method: string, path: string): string => `${method} ${path}`;

/** A function was invoked for a route it does not serve: the deployment is wrong, not the request. */
export class RouteNotServed extends Error {
  constructor(key: string, served: readonly string[]) {
    super(`This function does not serve ${key}; it serves ${served.join(', ')}.`);
    this.name = 'RouteNotServed';
  }
}

/**
 * One Lambda handler for several routes that share a function (infra/aws/route-functions.ts: routes
 * with the same grants and limits): it hands the event to the route's own handler, unchanged.
 * An event for another route fails loudly (a Lambda error, so the errors alarm fires) rather than
 * answering as some other route.
 */
export const dispatchRoutes = (served: readonly DispatchedRoute[]): RouteHandler => {
  const byKey = new Map<string, RouteHandler>();
  for (const route of served) {
    const key = routeKey(route.method, route.path);
    if (byKey.has(key)) throw new Error(`${key} is listed twice for one function.`);
    byKey.set(key, route.handler);
  }
  return async (event, context) => {
    const key = routeKey(event.httpMethod, event.resource);
    const handler = byKey.get(key);
    if (!handler) throw new RouteNotServed(key, [...byKey.keys()]);
    return handler(event, context);
  };
};
