import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { rawBody, type RawBody } from '#functions/http/middleware/raw-body.js';
import { json } from '#functions/http/response.js';
import { bodyOf, contextFor, proxyEvent, testRoute } from './event.js';
import { capturingLogger } from './log-capture.js';

type Event = APIGatewayProxyEvent & { parsedBody?: unknown };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const route = testRoute('POST', '/admin/applications/import');

/** rawBody behind the error middleware, with a handler that says what it was given. */
const echo = (limit = 16) =>
  middy<Event, APIGatewayProxyResult>()
    .use(problemErrors(capturingLogger().logger))
    .use(rawBody({ limit, mediaTypes: [XLSX, 'text/csv'] }))
    .handler(async (event) => {
      const { mediaType, bytes } = event.parsedBody as RawBody;
      return json(200, { mediaType, hex: bytes.toString('hex') });
    });

/** Through the local gateway's event builder: a binary media type arrives base64-encoded, as from API Gateway. */
const send = async (body: string | Buffer, contentType: string, limit?: number) => {
  const event: Event = proxyEvent({ route, url: '/admin/applications/import', headers: { 'Content-Type': contentType }, body });
  return echo(limit)(event, contextFor(event));
};

describe('rawBody middleware', () => {
  it('decodes a binary body that API Gateway passed base64-encoded', async () => {
    const result = await send(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff]), XLSX);

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ mediaType: XLSX, hex: '504b0304ff' });
  });

  it('takes a text body as its UTF-8 bytes, whatever parameters its media type carries', async () => {
    const result = await send('Id,É\r\n', 'text/csv; charset=utf-8');

    expect(bodyOf(result)).toEqual({ mediaType: 'text/csv', hex: Buffer.from('Id,É\r\n').toString('hex') });
  });

  it('answers 415 naming the media types it takes', async () => {
    const result = await send('{}', 'application/json');

    expect(result.statusCode).toBe(415);
    expect(bodyOf(result).detail).toBe(`Send the body as one of ${XLSX}, text/csv.`);
  });

  it('answers 413 for a body over the limit, counted in decoded bytes', async () => {
    const atLimit = await send(Buffer.alloc(16, 1), XLSX);
    const over = await send(Buffer.alloc(17, 1), XLSX);
    const overInText = await send('x'.repeat(17), 'text/csv');

    expect(atLimit.statusCode).toBe(200);
    expect(over.statusCode).toBe(413);
    expect(overInText.statusCode).toBe(413);
    expect(over.headers?.['Content-Type']).toMatch(/^application\/problem\+json/);
  });
});
