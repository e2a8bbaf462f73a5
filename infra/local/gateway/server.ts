import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { JobEvent, Route } from '#functions/routes.js';
import type { Clock } from '#shared/time/clock.js';
import { lambdaContext, restProxyEvent } from './rest-event.js';
import { createRouteMatcher, decodePath } from './route-matcher.js';

export type HttpFunction = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
export type JobFunction = (event: JobEvent, context: Context) => Promise<unknown>;

/** What a local endpoint answers: JSON (problem+json from 400 on), or a page; redirects carry `Location`. */
export interface LocalResult {
  status: number;
  body?: unknown;
  html?: string;
  headers?: Record<string, string>;
}

/** A local-only endpoint (`/_local/...`): never in the route table, never deployed. */
export type LocalEndpoint = (request: IncomingMessage, url: URL, body: Buffer) => Promise<LocalResult>;

/**
 * What stands where API Gateway's Cognito authorizer stands: given the Authorization header of a
 * staff route's request, the claims to pass to the function, or why the request is refused.
 */
export type StaffAuthorizer = (authorization: string | undefined, now: Date) => Promise<{ ok: true; claims: Record<string, string> } | { ok: false; reason: string }>;

export interface GatewayOptions {
  routes: ReadonlyArray<{ route: Route; handler: HttpFunction }>;
  localEndpoints: Record<string, LocalEndpoint>;
  /** Required as soon as a staff route is served. */
  authorizer?: StaffAuthorizer;
  clock: Clock;
  region: string;
  host: string;
  port: number;
  /** Lambda's timeout for every function (the CDK app's value). */
  timeoutMs?: number;
}

/** API Gateway's payload limit for REST APIs. */
const MAX_BODY = 10 * 1024 * 1024;

const sendProblem = (
  response: ServerResponse,
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
  type = `/problems/gateway-${status}`,
) => {
  response.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(JSON.stringify({ type, title, status, detail }));
};

/** A problem written straight to the socket, for what never becomes a request the server routes. */
const endWithProblem = (socket: Duplex, status: number, title: string, detail: string) => {
  const body = JSON.stringify({ type: `/problems/gateway-${status}`, title, status, detail });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nCache-Control: no-store\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
};

const readBody = (request: IncomingMessage): Promise<Buffer | 'too-large'> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });

/** What API Gateway accepts from a proxy integration; anything else is its 502 "Malformed Lambda proxy response". */
const isProxyResult = (value: unknown): value is APIGatewayProxyResult => {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  const scalars = (headers: unknown) =>
    headers === undefined || (typeof headers === 'object' && headers !== null && Object.values(headers).every((v) => ['string', 'number', 'boolean'].includes(typeof v)));
  return (
    Number.isInteger(result.statusCode) &&
    (result.body === undefined || typeof result.body === 'string') &&
    scalars(result.headers) &&
    (result.multiValueHeaders === undefined ||
      (typeof result.multiValueHeaders === 'object' && result.multiValueHeaders !== null && Object.values(result.multiValueHeaders).every(Array.isArray)))
  );
};

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T | 'timed-out'> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
};

/**
 * The local API Gateway: serves the route table by building the REST proxy events and Lambda
 * contexts AWS would, and nothing else knows it is local.
 */
export const startGateway = async (
  options: GatewayOptions,
): Promise<{ url: string; server: Server; serve(routes: GatewayOptions['routes']): void; handlersSettled(): Promise<void>; stop(): Promise<void> }> => {
  const timeoutMs = options.timeoutMs ?? 10_000;
  // Every handler call under way, answered or not: a 504 leaves its handler running on (in process, unlike Lambda).
  const running = new Set<Promise<void>>();
  const matcherOf = (routes: GatewayOptions['routes']) => {
    const staff = routes.filter(({ route }) => route.caller.kind !== 'public');
    // Served without the sign-in check AWS puts in front, a staff route would be open to anyone.
    if (staff.length > 0 && !options.authorizer) {
      throw new Error(`Staff routes need an authorizer: ${staff.map(({ route }) => route.name).join(', ')}.`);
    }
    return createRouteMatcher(routes.map(({ route, handler }) => ({ ...route, run: handler })));
  };
  let match = matcherOf(options.routes);

  const serveRoute = async (request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer) => {
    const segments = decodePath(url.pathname);
    if (!segments) return sendProblem(response, 400, 'Bad request', 'The path is not valid percent-encoding.');
    const found = match(request.method ?? 'GET', segments);
    if (found.kind === 'not-found') return sendProblem(response, 404, 'Not found', `No route serves ${url.pathname}.`);
    if (found.kind === 'method-not-allowed') {
      return sendProblem(response, 405, 'Method not allowed', `Use ${found.allowed.join(', ')}.`, { Allow: found.allowed.join(', ') });
    }
    const { route, pathParameters } = found.match;
    const now = options.clock.now();
    let claims: Record<string, string> | undefined;
    if (route.caller.kind === 'staff') {
      // As API Gateway's Cognito authorizer: a bad token never reaches the function.
      const verdict = await options.authorizer?.(request.headers.authorization, now);
      if (!verdict?.ok) {
        // The type API Gateway's UNAUTHORIZED gateway response carries (infra/aws/constructs/api.ts).
        const detail = 'Send a valid staff ID token as `Authorization: Bearer <token>`.';
        return sendProblem(response, 401, 'Sign-in required', detail, { 'WWW-Authenticate': 'Bearer' }, '/problems/unauthorized');
      }
      claims = verdict.claims;
    }
    const event = restProxyEvent({ route, request, url, pathParameters, body, now, ...(claims ? { claims } : {}) });
    // The route's own Lambda timeout when the table gives one, as the CDK app deploys it.
    const limitMs = route.limits ? route.limits.timeoutSeconds * 1000 : timeoutMs;
    const context = lambdaContext(route.name, event.requestContext.requestId, limitMs, options.region);
    const work = route.run(event, context);
    const ended = work.then(() => undefined, () => undefined);
    running.add(ended);
    void ended.then(() => running.delete(ended));
    const result = await withTimeout(work, limitMs);
    if (result === 'timed-out') return sendProblem(response, 504, 'Gateway timeout', `${route.name} did not answer within ${limitMs} ms.`);
    if (!isProxyResult(result)) return sendProblem(response, 502, 'Bad gateway', `${route.name} returned a malformed proxy response.`);
    const headers: Record<string, string | string[]> = { ...(result.multiValueHeaders as Record<string, string[]> | undefined) };
    for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
    response.writeHead(result.statusCode, headers);
    const payload = result.body ?? '';
    response.end(result.isBase64Encoded ? Buffer.from(payload, 'base64') : payload);
  };

  const serveLocal = async (request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer) => {
    const [, , name] = url.pathname.split('/');
    const endpoint = name && Object.hasOwn(options.localEndpoints, name) ? options.localEndpoints[name] : undefined;
    if (!endpoint) return sendProblem(response, 404, 'Not found', `No local endpoint ${url.pathname}.`);
    const result = await endpoint(request, url, body);
    const isProblem = result.status >= 400 && result.html === undefined;
    response.writeHead(result.status, {
      'Content-Type':
        result.html !== undefined ? 'text/html; charset=utf-8' : isProblem ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...result.headers,
    });
    response.end(result.html ?? JSON.stringify(result.body ?? {}));
  };

  const server = createServer((request, response) => {
    void (async () => {
      try {
        // Concatenated, not resolved: `//vacancies` is a path here, never a host.
        const url = new URL(`http://127.0.0.1${request.url ?? '/'}`);
        const body = await readBody(request);
        if (body === 'too-large') return sendProblem(response, 413, 'Payload too large', `At most ${MAX_BODY} bytes.`);
        if (url.pathname.startsWith('/_local/')) return await serveLocal(request, response, url, body);
        return await serveRoute(request, response, url, body);
      } catch (error) {
        // A handler that throws past its middleware is a 502 on AWS too ("Internal server error").
        console.error('local gateway:', error instanceof Error ? error.name : 'error');
        if (!response.headersSent) sendProblem(response, 502, 'Bad gateway', 'The function failed without an answer.');
        else response.end();
      }
    })();
  });
  // A request Node's parser refuses (bytes outside HTTP's grammar in the request line or a header,
  // headers over 16 KB) never reaches the handler above, nor does CONNECT: answer them as
  // problem+json too, not with Node's bare `400 Bad Request` or a closed socket.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    if (error.code === 'HPE_HEADER_OVERFLOW') return endWithProblem(socket, 431, 'Request header fields too large', 'The headers may be at most 16 KB.');
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return endWithProblem(socket, 408, 'Request timeout', 'The request did not arrive in time.');
    endWithProblem(socket, 400, 'Bad request', 'The request is not valid HTTP/1.1.');
  });
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => endWithProblem(socket, 405, 'Method not allowed', 'This is an API, not a proxy.'));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    server,
    /** Serve these routes from now on: the stack listens first, so handlers can be told its URL. */
    serve: (routes) => {
      match = matcherOf(routes);
    },
    /** Resolves once no handler call is under way: what a 504 left running has ended too. */
    handlersSettled: async () => {
      while (running.size > 0) await Promise.all(running);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
