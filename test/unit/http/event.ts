import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import type { HttpMethod, Route } from '#functions/routes.js';
import { lambdaContext, restProxyEvent } from '#infra/local/gateway/rest-event.js';
import { createRouteMatcher, decodePath } from '#infra/local/gateway/route-matcher.js';

/** A route-table entry for tests: only name, method and path matter to the HTTP layer. */
export const testRoute = (method: HttpMethod, path: string, name = 'testRoute'): Route => ({
  name,
  method,
  path,
  handler: 'test/none',
  caller: { kind: 'public' },
  uses: {},
});

export interface FakeRequest {
  method: string;
  /** Names in the client's spelling; a repeated header is given as an array. */
  headers?: Record<string, string | string[]>;
  remoteAddress?: string;
}

/** Just the parts of an IncomingMessage that restProxyEvent reads. */
export const fakeIncomingMessage = ({ method, headers = {}, remoteAddress = '203.0.113.7' }: FakeRequest): IncomingMessage => {
  const rawHeaders: string[] = [];
  const lowerCased: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      rawHeaders.push(name, one);
      lowerCased[name.toLowerCase()] = one;
    }
  }
  return { method, headers: lowerCased, rawHeaders, httpVersion: '1.1', socket: { remoteAddress } } as unknown as IncomingMessage;
};

export interface RequestSpec {
  route: Route;
  /** Path and query, as the client sends them: `/vacancies/1152?status=all`. */
  url: string;
  method?: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  now?: Date;
  /** What the Cognito authorizer passed on, for a staff route. */
  claims?: Record<string, string>;
}

export const DEFAULT_NOW = new Date('2026-03-02T08:30:00.000Z');

/** The REST proxy event the local gateway (and API Gateway) builds for this request. */
export const proxyEvent = ({ route, url, method = route.method, headers = {}, body = '', now = DEFAULT_NOW, claims }: RequestSpec): APIGatewayProxyEvent => {
  const parsed = new URL(url, 'http://127.0.0.1');
  const segments = decodePath(parsed.pathname);
  const found = segments ? createRouteMatcher([route])(route.method, segments) : undefined;
  if (found?.kind !== 'found') throw new Error(`test setup: ${parsed.pathname} does not match ${route.path}`);
  return restProxyEvent({
    route,
    request: fakeIncomingMessage({ method, headers }),
    url: parsed,
    pathParameters: found.match.pathParameters,
    body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
    now,
    ...(claims ? { claims } : {}),
  });
};

export const contextFor = (event: APIGatewayProxyEvent, timeoutMs = 3_000): Context =>
  lambdaContext(event.requestContext.resourceId, event.requestContext.requestId, timeoutMs, 'eu-west-3');

/** The parsed JSON body of a proxy result. */
export const bodyOf = (result: { body: string }): Record<string, unknown> => JSON.parse(result.body) as Record<string, unknown>;
