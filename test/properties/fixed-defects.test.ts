import type middy from '@middy/core';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from '#shared/zod.js';
import { jsonBody } from '#functions/http/middleware/json-body.js';
import { validateInput } from '#functions/http/middleware/validate-input.js';
import { startGateway } from '#infra/local/gateway/server.js';
import { ValidationFailed } from '#shared/errors.js';
import { fixedClock } from '#shared/time/clock.js';
import { deepJsonText } from '../support/arbitraries.js';
import { proxyEvent, testRoute } from '../unit/http/event.js';
import { rawRequest } from './harness/raw-http.js';

/**
 * The defects the bad-input properties found and that were fixed in the HTTP layer and the
 * local gateway, one case each, so each stays fixed without replaying the properties.
 */

/** Runs one middleware's `before` on an event, as middy does; answers what it threw, if anything. */
const runBefore = async (middleware: middy.MiddlewareObj<APIGatewayProxyEvent & { parsedBody?: unknown }>, event: APIGatewayProxyEvent & { parsedBody?: unknown }) => {
  try {
    await middleware.before?.({ event, context: {} as Context, response: null, error: null, internal: {} } as never);
    return undefined;
  } catch (error) {
    return error;
  }
};

describe('the gateway’s event builder (found by listVacancies, formPage: `?__proto__=` was a TypeError, a 502 over HTTP)', () => {
  it('keeps `__proto__` and `constructor` in the query and the headers as own keys, as API Gateway’s JSON event does', () => {
    const event = proxyEvent({ route: testRoute('GET', '/vacancies'), url: '/vacancies?__proto__=x&constructor=y&__proto__=z', headers: JSON.parse('{"__proto__":"h","Accept":"*/*"}') as Record<string, string> });
    expect(Object.hasOwn(event.queryStringParameters ?? {}, '__proto__')).toBe(true);
    expect(event.queryStringParameters?.['__proto__']).toBe('z');
    expect(event.multiValueQueryStringParameters?.['__proto__']).toEqual(['x', 'z']);
    expect(event.queryStringParameters?.constructor).toBe('y');
    expect(Object.hasOwn(event.headers, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(event.queryStringParameters)).toBe(Object.prototype);
  });
});

describe('validateInput (found by the same cases: an assigned `__proto__` vanished, so a strict schema let it through)', () => {
  it('refuses `?__proto__=x` on a route that takes no such parameter', async () => {
    const event = proxyEvent({ route: testRoute('GET', '/vacancies'), url: '/vacancies?__proto__=x' });
    const error = await runBefore(validateInput({ query: z.strictObject({ status: z.optional(z.string()) }) }), event);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors[0]?.message).toMatch(/__proto__/);
  });

  it('still refuses `__proto__` given twice, as any parameter given twice', async () => {
    const event = proxyEvent({ route: testRoute('GET', '/vacancies'), url: '/vacancies?__proto__=x&__proto__=y' });
    const error = await runBefore(validateInput({ query: z.object({}) }), event);
    expect((error as ValidationFailed).errors).toContainEqual({ path: 'query.__proto__', message: 'Give this parameter once.' });
  });
});

describe('jsonBody (found by submitApplication text: a lone surrogate in a name was accepted and stored)', () => {
  const post = (body: string): APIGatewayProxyEvent & { parsedBody?: unknown } => proxyEvent({ route: testRoute('POST', '/applications'), url: '/applications', headers: { 'Content-Type': 'application/json' }, body });

  it('refuses a string holding a lone surrogate, naming where', async () => {
    const error = await runBefore(jsonBody(), post('{"givenName":"Amina\\ud83d","languages":["en"]}'));
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors).toEqual([{ path: 'body.givenName', message: expect.stringMatching(/lone surrogate/) as unknown as string }]);
  });

  it('refuses one in a key or deep in an array', async () => {
    expect(await runBefore(jsonBody(), post('{"\\udfff":1}'))).toBeInstanceOf(ValidationFailed);
    expect(await runBefore(jsonBody(), post('{"languages":[["en","\\ud800"]]}'))).toBeInstanceOf(ValidationFailed);
  });

  it('takes paired surrogates (emoji) and walks 30,000 levels of nesting without recursion', async () => {
    const event = post('{"givenName":"👮🏽‍♀️ \\ud83d\\udc6e"}');
    expect(await runBefore(jsonBody(), event)).toBeUndefined();
    expect(event.parsedBody).toEqual({ givenName: '👮🏽‍♀️ 👮' });
    expect(await runBefore(jsonBody(), post(deepJsonText(30_000, 'array')))).toBeUndefined();
  });
});

describe('the gateway’s socket (found by the raw request properties: Node’s bare 400 had no body, CONNECT no answer)', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    gateway = await startGateway({ routes: [], localEndpoints: {}, clock: fixedClock(new Date('2026-11-22T09:00:00Z')), region: 'eu-west-3', host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => gateway?.stop());

  const problemOf = (answer: { headers: Record<string, string>; text: string }) => {
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    return JSON.parse(answer.text) as { status: number; type: string };
  };

  it('answers a request line Node cannot parse with a 400 problem', async () => {
    const answer = await rawRequest(gateway.url, 'GET /caf\u00e9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(problemOf(answer)).toMatchObject({ status: 400, type: '/problems/gateway-400' });
  });

  it('answers headers over 16 KB with a 431 problem', async () => {
    const answer = await rawRequest(gateway.url, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(431);
    expect(problemOf(answer)).toMatchObject({ status: 431 });
  });

  it('answers CONNECT with a 405 problem', async () => {
    const answer = await rawRequest(gateway.url, 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n');
    expect(answer.status).toBe(405);
    expect(problemOf(answer)).toMatchObject({ status: 405 });
  });
});
