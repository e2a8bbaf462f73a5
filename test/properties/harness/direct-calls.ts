import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { handlerSourcePath, routes, type Route } from '#functions/routes.js';
import { lambdaContext, restProxyEvent } from '#infra/local/gateway/rest-event.js';
import { createRouteMatcher, decodePath } from '#infra/local/gateway/route-matcher.js';
import type { Clock } from '#shared/time/clock.js';

type HttpFunction = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/** A request as a client sends it: the raw path with its query, raw headers, raw body bytes. */
export interface RawRequest {
  method: string;
  /** Path and query as sent, percent-encoding and all: `/vacancies/%2e%2e?status=all`. */
  url: string;
  headers?: Array<[string, string]>;
  body?: string | Uint8Array;
  /** The authorizer's claims (a staff route's signed-in caller); none means no or a refused token. */
  claims?: Record<string, string>;
}

/** What came back: the status, the headers (lower-cased names), the body as text. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

const gatewayProblem = (status: number, title: string): Answer => ({
  status,
  headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  text: JSON.stringify({ type: `/problems/gateway-${status}`, title, status, detail: 'answered by the gateway' }),
});

const projectRoot = join(import.meta.dirname, '..', '..', '..');

/** Just the parts of an IncomingMessage that the gateway's event builder reads. */
const incomingMessage = (method: string, headers: Array<[string, string]>): IncomingMessage => {
  const lowerCased: Record<string, string> = {};
  for (const [name, value] of headers) lowerCased[name.toLowerCase()] = value;
  return { method, headers: lowerCased, rawHeaders: headers.flat(), httpVersion: '1.1', socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage;
};

/**
 * Calls the real handler modules (the whole middy chain, the running stack's DynamoDB Local and
 * S3) with the event the local gateway would build for the request, minus the socket: the gateway's
 * own route matcher, path decoding and event builder. Thousands of cases a second, where HTTP
 * manages hundreds; what only the HTTP layer sees is tested through it (http-layer.property.test.ts).
 * Load it after the stack started: handler modules read their configuration once, at import.
 */
export const directCaller = async (clock: Clock) => {
  const loaded = await Promise.all(
    routes.map(async (route) => {
      const module = (await import(pathToFileURL(join(projectRoot, handlerSourcePath(route.handler))).href)) as { handler: HttpFunction };
      return { ...route, run: module.handler };
    }),
  );
  const match = createRouteMatcher(loaded);
  return async (request: RawRequest): Promise<Answer & { route?: Route }> => {
    const url = new URL(`http://127.0.0.1${request.url}`);
    const segments = decodePath(url.pathname);
    // The gateway answers these itself, before any handler (server.ts), as this does.
    if (!segments) return gatewayProblem(400, 'Bad request');
    const found = match(request.method, segments);
    if (found.kind === 'not-found') return gatewayProblem(404, 'Not found');
    if (found.kind === 'method-not-allowed') return gatewayProblem(405, 'Method not allowed');
    const { route, pathParameters } = found.match;
    const body = request.body === undefined ? Buffer.alloc(0) : Buffer.from(request.body);
    const event = restProxyEvent({
      route,
      request: incomingMessage(request.method, request.headers ?? []),
      url,
      pathParameters,
      body,
      now: clock.now(),
      ...(request.claims ? { claims: request.claims } : {}),
    });
    const context = lambdaContext(route.name, event.requestContext.requestId, 30_000, 'eu-west-3');
    const result = await route.run(event, context);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const text = result.isBase64Encoded ? Buffer.from(result.body, 'base64').toString('utf8') : result.body;
    return { status: result.statusCode, headers, text, route };
  };
};

export type DirectCall = Awaited<ReturnType<typeof directCaller>>;

/** The claims the local authorizer hands a function for this token, as API Gateway's Cognito authorizer flattens them. */
export const claimsOf = (token: string): Record<string, string> => {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(payload).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : String(value)]));
};
