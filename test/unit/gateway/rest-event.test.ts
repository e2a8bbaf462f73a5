import { afterEach, describe, expect, it, vi } from 'vitest';
import { lambdaContext, restProxyEvent } from '#infra/local/gateway/rest-event.js';
import { fakeIncomingMessage, testRoute } from '../http/event.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const now = new Date('2026-03-02T08:30:00.000Z');
const route = testRoute('POST', '/applications/{id}/documents/{kind}', 'requestUpload');

const eventFor = (options: { url?: string; headers?: Record<string, string | string[]>; body?: Buffer } = {}) =>
  restProxyEvent({
    route,
    request: fakeIncomingMessage({ method: 'POST', headers: options.headers ?? {} }),
    url: new URL(options.url ?? '/applications/app-1/documents/cv', 'http://127.0.0.1:3000'),
    pathParameters: { id: 'app-1', kind: 'cv' },
    body: options.body ?? Buffer.alloc(0),
    now,
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('restProxyEvent', () => {
  it('has exactly the fields of a REST API proxy event', () => {
    const event = eventFor();

    expect(Object.keys(event).sort()).toEqual([
      'body',
      'headers',
      'httpMethod',
      'isBase64Encoded',
      'multiValueHeaders',
      'multiValueQueryStringParameters',
      'path',
      'pathParameters',
      'queryStringParameters',
      'requestContext',
      'resource',
      'stageVariables',
    ]);
  });

  it('carries the resource template, the path, the method and the path parameters', () => {
    const event = eventFor();

    expect(event).toMatchObject({
      resource: '/applications/{id}/documents/{kind}',
      path: '/applications/app-1/documents/cv',
      httpMethod: 'POST',
      pathParameters: { id: 'app-1', kind: 'cv' },
      stageVariables: null,
    });
  });

  it('keeps header names as the client spelled them, the last value in headers and all in multiValueHeaders', () => {
    const event = eventFor({ headers: { 'X-Request-Source': 'form', Accept: ['application/json', 'text/html'] } });

    expect(event.headers).toEqual({ 'X-Request-Source': 'form', Accept: 'text/html' });
    expect(event.multiValueHeaders).toEqual({ 'X-Request-Source': ['form'], Accept: ['application/json', 'text/html'] });
  });

  it('gives null query parameters when there is no query string', () => {
    const event = eventFor();

    expect(event.queryStringParameters).toBeNull();
    expect(event.multiValueQueryStringParameters).toBeNull();
  });

  it('gives the last value of a repeated query parameter, and all of them in the multi-value form', () => {
    const event = eventFor({ url: '/applications/app-1/documents/cv?status=open&status=all&q=S%C3%A3o%20Paulo' });

    expect(event.queryStringParameters).toEqual({ status: 'all', q: 'São Paulo' });
    expect(event.multiValueQueryStringParameters).toEqual({ status: ['open', 'all'], q: ['São Paulo'] });
  });

  it('fills the request context with the injected time, the local stage and a fresh UUID', () => {
    const event = eventFor({ headers: { 'User-Agent': 'vitest', Host: '127.0.0.1:3000' } });

    expect(event.requestContext).toMatchObject({
      requestTimeEpoch: now.getTime(),
      requestTime: now.toUTCString(),
      stage: 'local',
      httpMethod: 'POST',
      resourcePath: '/applications/{id}/documents/{kind}',
      path: '/local/applications/app-1/documents/cv',
      domainName: '127.0.0.1:3000',
      identity: expect.objectContaining({ sourceIp: '203.0.113.7', userAgent: 'vitest' }),
    });
    expect(event.requestContext.requestId).toMatch(UUID);
    expect(eventFor().requestContext.requestId).not.toBe(event.requestContext.requestId);
  });

  it('keeps a JSON body as text', () => {
    const text = '{"givenName":"Amina","familyName":"Diallo"}';

    const event = eventFor({ headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: Buffer.from(text) });

    expect(event.body).toBe(text);
    expect(event.isBase64Encoded).toBe(false);
  });

  it('keeps a merge-patch JSON body as text', () => {
    const event = eventFor({ headers: { 'Content-Type': 'application/merge-patch+json' }, body: Buffer.from('{"note":null}') });

    expect(event).toMatchObject({ body: '{"note":null}', isBase64Encoded: false });
  });

  it('sends a binary body as base64', () => {
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0xfe]);

    const event = eventFor({ headers: { 'Content-Type': 'application/pdf' }, body: pdf });

    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64').equals(pdf)).toBe(true);
  });

  it('gives a null body when the request has none', () => {
    const event = eventFor({ headers: { 'Content-Type': 'application/pdf' } });

    expect(event).toMatchObject({ body: null, isBase64Encoded: false });
  });
});

describe('lambdaContext', () => {
  it('counts the remaining time down to zero, never below', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const context = lambdaContext('requestUpload', 'req-1', 3_000, 'eu-west-3');

    const atStart = context.getRemainingTimeInMillis();
    vi.setSystemTime(now.getTime() + 1_200);
    const later = context.getRemainingTimeInMillis();
    vi.setSystemTime(now.getTime() + 60_000);
    const afterDeadline = context.getRemainingTimeInMillis();

    expect([atStart, later, afterDeadline]).toEqual([3_000, 1_800, 0]);
  });

  it('names the local function after the route and carries the request id', () => {
    const context = lambdaContext('requestUpload', 'req-1', 3_000, 'eu-west-3');

    expect(context).toMatchObject({
      awsRequestId: 'req-1',
      functionName: 'secondment-hub-local-requestUpload',
      invokedFunctionArn: expect.stringMatching(/^arn:aws:lambda:eu-west-3:\d{12}:function:secondment-hub-local-requestUpload$/),
    });
  });
});
