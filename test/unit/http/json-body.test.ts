import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { jsonBody } from '#functions/http/middleware/json-body.js';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { json } from '#functions/http/response.js';
import { bodyOf, contextFor, proxyEvent, testRoute } from './event.js';
import { capturingLogger } from './log-capture.js';

type Event = APIGatewayProxyEvent & { parsedBody?: unknown };

const route = testRoute('PATCH', '/admin/applications/{id}');

/** jsonBody behind the error middleware, with a handler that echoes what it parsed. */
const echoParsedBody = (limit?: number) =>
  middy<Event, APIGatewayProxyResult>()
    .use(problemErrors(capturingLogger().logger))
    .use(jsonBody(limit))
    .handler(async (event) => json(200, { parsed: event.parsedBody }));

const send = async (body: string, headers: Record<string, string>, limit?: number, tweak: (event: Event) => void = () => undefined) => {
  const event: Event = proxyEvent({ route, url: '/admin/applications/a1', headers, body });
  tweak(event);
  return echoParsedBody(limit)(event, contextFor(event));
};

describe('jsonBody middleware', () => {
  it('hands the parsed JSON to the handler', async () => {
    const result = await send('{"version":3,"status":"screening"}', { 'Content-Type': 'application/json' });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).parsed).toEqual({ version: 3, status: 'screening' });
  });

  it('answers 400 malformed-json as problem+json when the JSON is broken', async () => {
    const result = await send('{"version":3,', { 'Content-Type': 'application/json' });

    expect(result.statusCode).toBe(400);
    expect(result.headers?.['Content-Type']).toMatch(/^application\/problem\+json/);
    expect(bodyOf(result)).toMatchObject({ type: '/problems/malformed-json', status: 400 });
  });

  it('answers 400 malformed-json when a JSON content type comes with no body at all', async () => {
    const result = await send('', { 'Content-Type': 'application/json' });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).type).toBe('/problems/malformed-json');
  });

  it('answers 415 when the body is not JSON', async () => {
    const result = await send('version=3', { 'Content-Type': 'application/x-www-form-urlencoded' });

    expect(result.statusCode).toBe(415);
    expect(bodyOf(result).type).toBe('/problems/unsupported-media-type');
  });

  it('answers 415 when the request has no content type', async () => {
    const result = await send('{"version":3}', {});

    expect(result.statusCode).toBe(415);
  });

  it('answers 415 to a type that only starts like JSON', async () => {
    const result = await send('{"version":3}', { 'Content-Type': 'application/jsonl' });

    expect(result.statusCode).toBe(415);
  });

  it('accepts application/merge-patch+json', async () => {
    const result = await send('{"note":null}', { 'Content-Type': 'application/merge-patch+json' });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).parsed).toEqual({ note: null });
  });

  it('reads the content type whatever the case of the header name and value, with a charset', async () => {
    const result = await send('{"version":3}', { 'content-TYPE': 'Application/JSON; charset=UTF-8' });

    expect(result.statusCode).toBe(200);
  });

  it('answers 413 when the body is over the limit', async () => {
    const body = JSON.stringify({ note: 'x'.repeat(20) });

    const result = await send(body, { 'Content-Type': 'application/json' }, body.length - 1);

    expect(result.statusCode).toBe(413);
    expect(bodyOf(result)).toMatchObject({ type: '/problems/payload-too-large', detail: expect.stringContaining(String(body.length - 1)) });
  });

  it('accepts a body of exactly the limit', async () => {
    const body = JSON.stringify({ note: 'x'.repeat(20) });

    const result = await send(body, { 'Content-Type': 'application/json' }, body.length);

    expect(result.statusCode).toBe(200);
  });

  it('counts the limit in UTF-8 bytes, not characters', async () => {
    const body = JSON.stringify({ note: 'é'.repeat(10) }); // 21 characters, 31 bytes

    const result = await send(body, { 'Content-Type': 'application/json' }, 25);

    expect(result.statusCode).toBe(413);
  });

  it('decodes a base64-encoded body before parsing it', async () => {
    const text = JSON.stringify({ note: 'Commissaire de police, Lyon' });

    const result = await send(text, { 'Content-Type': 'application/json' }, undefined, (event) => {
      event.body = Buffer.from(text, 'utf8').toString('base64');
      event.isBase64Encoded = true;
    });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).parsed).toEqual({ note: 'Commissaire de police, Lyon' });
  });

  it('applies the limit to the decoded body, not its base64 form', async () => {
    const text = JSON.stringify({ note: 'x'.repeat(30) }); // 41 bytes; 56 in base64

    const result = await send(text, { 'Content-Type': 'application/json' }, 45, (event) => {
      event.body = Buffer.from(text, 'utf8').toString('base64');
      event.isBase64Encoded = true;
    });

    expect(result.statusCode).toBe(200);
  });
});
