import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGateway, type HttpFunction } from '#infra/local/gateway/server.js';
import { fixedClock } from '#shared/time/clock.js';
import { testRoute } from '../http/event.js';

const now = new Date('2026-03-02T08:30:00.000Z');
const TIMEOUT_MS = 200;
const MAX_BODY = 10 * 1024 * 1024;

const echo: HttpFunction = async (event, context) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    resource: event.resource,
    pathParameters: event.pathParameters,
    requestTimeEpoch: event.requestContext.requestTimeEpoch,
    awsRequestId: context.awsRequestId,
    requestId: event.requestContext.requestId,
  }),
});

const malformedResults: Record<string, unknown> = {
  nothing: undefined,
  null: null,
  'no-status': { body: '{}' },
  'text-status': { statusCode: '200', body: '{}' },
  'object-body': { statusCode: 200, body: { items: [] } },
};

const routes: Array<{ route: ReturnType<typeof testRoute>; handler: HttpFunction }> = [
  { route: testRoute('GET', '/vacancies'), handler: echo },
  { route: testRoute('GET', '/vacancies/{number}', 'getVacancy'), handler: echo },
  { route: testRoute('GET', '/slow', 'slow'), handler: () => new Promise<APIGatewayProxyResult>(() => undefined) },
  {
    route: testRoute('GET', '/malformed/{variant}', 'malformed'),
    handler: async (event: APIGatewayProxyEvent) => malformedResults[event.pathParameters?.variant ?? ''] as APIGatewayProxyResult,
  },
  {
    route: testRoute('GET', '/throws', 'throws'),
    handler: async () => {
      throw new Error('secret detail with amina@example.org');
    },
  },
  {
    route: testRoute('POST', '/upload', 'upload'),
    handler: async (event) => ({
      statusCode: 201,
      headers: { 'Content-Type': 'application/json', 'X-Upload': 'stored' },
      multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] },
      body: JSON.stringify({ bytes: Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8').length }),
    }),
  },
  {
    route: testRoute('GET', '/logo', 'logo'),
    handler: async () => ({ statusCode: 200, headers: { 'Content-Type': 'image/png' }, isBase64Encoded: true, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]).toString('base64') }),
  },
];

let gateway: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  gateway = await startGateway({
    routes,
    localEndpoints: {
      x: async (request, url, body) => ({ status: 200, body: { method: request.method, path: url.pathname, now: url.searchParams.get('now'), bytes: body.length } }),
      refuses: async () => ({ status: 409, body: { type: '/problems/conflict', title: 'Conflict', status: 409 } }),
    },
    clock: fixedClock(now),
    region: 'eu-west-3',
    host: '127.0.0.1',
    port: 0,
    timeoutMs: TIMEOUT_MS,
  });
});

afterAll(async () => {
  await gateway?.stop();
});

const call = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${gateway.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as Record<string, unknown> };
};

describe('local gateway', () => {
  it('listens on a free port on 127.0.0.1', () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gateway.url).not.toMatch(/:0$/);
  });

  it('calls the route with its REST proxy event and Lambda context, at the clock time', async () => {
    const response = await call('/vacancies/1152');

    expect(response.status).toBe(200);
    const seen = response.json();
    expect(seen).toMatchObject({ resource: '/vacancies/{number}', pathParameters: { number: '1152' }, requestTimeEpoch: now.getTime() });
    expect(seen.awsRequestId).toBe(seen.requestId);
  });

  it('passes the status, headers, multi-value headers and body of the answer through', async () => {
    const response = await call('/upload', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' });

    expect(response.status).toBe(201);
    expect(response.headers.get('x-upload')).toBe('stored');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.json()).toEqual({ bytes: 7 });
  });

  it('decodes a base64 answer to bytes', async () => {
    const response = await fetch(`${gateway.url}/logo`);

    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]))).toBe(true);
  });

  it('answers 404 problem+json to a path no route serves', async () => {
    const response = await call('/applications');

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404 });
  });

  it('answers 405 with Allow to a method the path does not take', async () => {
    const response = await call('/vacancies', { method: 'DELETE' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 400 to a path with broken percent-encoding', async () => {
    const response = await call('/vacancies/%E0%A4%A');

    expect(response.status).toBe(400);
  });

  it('answers 504 when the function does not answer within the timeout', async () => {
    const response = await call('/slow');

    expect(response.status).toBe(504);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it.each(Object.keys(malformedResults))('answers 502 when the function returns a malformed result (%s)', async (variant) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const response = await call(`/malformed/${variant}`);

    consoleError.mockRestore();

    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 502 when the function throws, without repeating or logging the message', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const response = await call('/throws');

    expect(response.status).toBe(502);
    expect(response.text).not.toContain('amina');
    expect(JSON.stringify(consoleError.mock.calls)).not.toContain('amina');
    consoleError.mockRestore();
  });

  it('accepts a body of exactly 10 MiB', async () => {
    const response = await call('/upload', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.alloc(MAX_BODY, 1) });

    expect(response.status).toBe(201);
    expect(response.json()).toEqual({ bytes: MAX_BODY });
  });

  it('answers 413 to a body over 10 MiB', async () => {
    const response = await call('/upload', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.alloc(MAX_BODY + 1, 1) });

    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('routes /_local/x to the local endpoint x with the request, URL and body', async () => {
    const response = await call('/_local/x?now=2026-03-01T06:00:00Z', { method: 'POST', body: 'hello' });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.json()).toEqual({ method: 'POST', path: '/_local/x', now: '2026-03-01T06:00:00Z', bytes: 5 });
  });

  it('routes deeper /_local/x/... paths to the same endpoint', async () => {
    const response = await call('/_local/x/hr-digest');

    expect(response.json()).toMatchObject({ path: '/_local/x/hr-digest' });
  });

  it("answers a local endpoint's error status as problem+json", async () => {
    const response = await call('/_local/refuses', { method: 'POST' });

    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it.each(['/_local/nothing', '/_local/', '/_local/constructor', '/_local/__proto__'])('answers 404 to %s, which no local endpoint serves', async (path) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const response = await call(path);

    consoleError.mockRestore();
    expect(response.status).toBe(404);
  });
});

describe('the local gateway on staff routes, standing where the Cognito authorizer stands', () => {
  const staffRoute = { ...testRoute('GET', '/admin/things', 'things'), caller: { kind: 'staff' as const, groups: ['hr' as const] } };
  const claimsEcho: HttpFunction = async (event) => ({ statusCode: 200, body: JSON.stringify(event.requestContext.authorizer) });

  it('will not serve a staff route without an authorizer: it would be open to anyone', async () => {
    await expect(
      startGateway({ routes: [{ route: staffRoute, handler: claimsEcho }], localEndpoints: {}, clock: fixedClock(now), region: 'eu-west-3', host: '127.0.0.1', port: 0 }),
    ).rejects.toThrow(/need an authorizer: things/);
  });

  it('passes the verified claims to the function, and answers 401 itself for a refused token', async () => {
    const seen: Array<string | undefined> = [];
    const staffGateway = await startGateway({
      routes: [{ route: staffRoute, handler: claimsEcho }],
      localEndpoints: {},
      authorizer: async (authorization) => {
        seen.push(authorization);
        return authorization === 'Bearer good' ? { ok: true, claims: { sub: 's1', 'cognito:groups': 'hr' } } : { ok: false, reason: 'bad' };
      },
      clock: fixedClock(now),
      region: 'eu-west-3',
      host: '127.0.0.1',
      port: 0,
    });
    try {
      const good = await fetch(`${staffGateway.url}/admin/things`, { headers: { Authorization: 'Bearer good' } });
      expect(await good.json()).toEqual({ claims: { sub: 's1', 'cognito:groups': 'hr' } });
      const bad = await fetch(`${staffGateway.url}/admin/things`, { headers: { Authorization: 'Bearer forged' } });
      expect(bad.status).toBe(401);
      expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(seen).toEqual(['Bearer good', 'Bearer forged']);
    } finally {
      await staffGateway.stop();
    }
  });
});

describe('local gateway: handlers still running', () => {
  it('settles only once a handler the 504 left running has ended, so a test reads the table after its last write', async () => {
    let release = () => undefined as void;
    let ended = false;
    const gated = new Promise<void>((resolve) => (release = resolve));
    const late: HttpFunction = async () => {
      await gated;
      ended = true;
      return { statusCode: 200, body: '' };
    };
    const own = await startGateway({
      routes: [{ route: testRoute('GET', '/late', 'late'), handler: late }],
      localEndpoints: {},
      clock: fixedClock(now),
      region: 'eu-west-3',
      host: '127.0.0.1',
      port: 0,
      timeoutMs: 10,
    });
    try {
      expect((await fetch(`${own.url}/late`)).status).toBe(504);
      let settled = false;
      const settling = own.handlersSettled().then(() => (settled = true));
      // The handler waits on the gate, not on the clock: nothing can settle until it opens.
      await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(false);
      release();
      await settling;
      expect(ended).toBe(true);
      await own.handlersSettled();
    } finally {
      release();
      await own.stop();
    }
  });
});
