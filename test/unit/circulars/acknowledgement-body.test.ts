import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { acknowledgementBody } from '#functions/circulars/acknowledgement-body.js';
import { wantsJson } from '#functions/circulars/acknowledgement-answer.js';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { json } from '#functions/http/response.js';
import { acknowledgementBodySchema } from '#shared/circulars/acknowledge.js';
import { bodyOf, contextFor, proxyEvent, testRoute } from '../http/event.js';
import { capturingLogger } from '../http/log-capture.js';

type Event = APIGatewayProxyEvent & { parsedBody?: unknown };

const TOKEN = 'a'.repeat(43);
const route = testRoute('POST', '/vacancies/{number}/circular-acknowledgement');

/** The middleware behind the error middleware, with a handler that says what it parsed and whether the schema takes it. */
const send = async (body: string, contentType: string) => {
  const handler = middy<Event, APIGatewayProxyResult>()
    .use(problemErrors(capturingLogger().logger))
    .use(acknowledgementBody())
    .handler(async (event) => json(200, { parsed: event.parsedBody, valid: acknowledgementBodySchema.safeParse(event.parsedBody).success }));
  const event: Event = proxyEvent({ route, url: '/vacancies/1701/circular-acknowledgement?edition=1&country=FR', headers: { 'Content-Type': contentType }, body });
  return handler(event, contextFor(event));
};

describe('the acknowledgement’s body: the page’s form, or JSON', () => {
  it('reads the token the page’s plain form posts URL-encoded', async () => {
    const result = await send(`token=${TOKEN}`, 'application/x-www-form-urlencoded');

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ parsed: { token: TOKEN }, valid: true });
  });

  it('reads a JSON client’s body as JSON', async () => {
    const result = await send(JSON.stringify({ token: TOKEN }), 'application/json; charset=utf-8');

    expect(bodyOf(result)).toEqual({ parsed: { token: TOKEN }, valid: true });
  });

  it('keeps a field given twice, or named __proto__, as a field the strict schema refuses, never a prototype', async () => {
    const twice = await send(`token=${TOKEN}&token=${TOKEN}`, 'application/x-www-form-urlencoded');
    const proto = await send(`token=${TOKEN}&__proto__=x`, 'application/x-www-form-urlencoded');

    expect(bodyOf(twice)).toEqual({ parsed: { token: [TOKEN, TOKEN] }, valid: false });
    expect((bodyOf(proto) as { valid: boolean }).valid).toBe(false);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('refuses another media type (415) and a body over 1 KiB (413)', async () => {
    const other = await send(`token=${TOKEN}`, 'text/plain');
    const large = await send(`token=${'a'.repeat(2000)}`, 'application/x-www-form-urlencoded');

    expect([other.statusCode, large.statusCode]).toEqual([415, 413]);
  });
});

describe('who gets JSON rather than the page', () => {
  it('answers JSON only to a client that names JSON and not HTML', () => {
    const accept = (value?: string) => wantsJson({ headers: value === undefined ? {} : { Accept: value } });

    expect([accept('application/json'), accept('application/problem+json'), accept('text/html,application/xhtml+xml,*/*;q=0.8'), accept('*/*'), accept()]).toEqual([true, true, false, false, false]);
  });
});
