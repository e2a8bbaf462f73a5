import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from '#shared/zod.js';
import { jsonBody } from '#functions/http/middleware/json-body.js';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { validateInput, type ValidatedInput } from '#functions/http/middleware/validate-input.js';
import { json } from '#functions/http/response.js';
import { bodyOf, contextFor, proxyEvent, testRoute } from './event.js';
import { capturingLogger } from './log-capture.js';

type Event = APIGatewayProxyEvent & { parsedBody?: unknown; input?: ValidatedInput };

const route = testRoute('PATCH', '/admin/applications/{id}');
const schemas = {
  path: z.strictObject({ id: z.string().check(z.regex(/^app-\d+$/)) }),
  query: z.strictObject({ limit: z.optional(z.coerce.number().check(z.int(), z.positive())) }),
  body: z.strictObject({ version: z.number().check(z.int()), note: z.optional(z.string()) }),
};

const seen: ValidatedInput[] = [];
const handler = middy<Event, APIGatewayProxyResult>()
  .use(problemErrors(capturingLogger().logger))
  .use(jsonBody())
  .use(validateInput(schemas))
  .handler(async (event) => {
    if (event.input) seen.push(event.input);
    return json(200, { ok: true });
  });

const send = async (url: string, body: unknown) => {
  const event = proxyEvent({ route, url, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return handler(event, contextFor(event));
};

describe('validateInput middleware', () => {
  it('hands the handler the parsed, typed values of path, query and body', async () => {
    seen.length = 0;

    const result = await send('/admin/applications/app-17?limit=20', { version: 4, note: 'called back' });

    expect(result.statusCode).toBe(200);
    expect(seen).toEqual([{ path: { id: 'app-17' }, query: { limit: 20 }, body: { version: 4, note: 'called back' } }]);
  });

  it('answers 400 naming an unknown body field', async () => {
    const result = await send('/admin/applications/app-17', { version: 4, nickname: 'Ami' });

    expect(result.statusCode).toBe(400);
    const problem = bodyOf(result);
    expect(problem).toMatchObject({ type: '/problems/validation', status: 400 });
    expect(problem.errors).toEqual([{ path: expect.stringMatching(/^body/), message: expect.stringContaining('nickname') }]);
  });

  it('points at the field whose value is wrong', async () => {
    const result = await send('/admin/applications/app-17', { version: 'four' });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors).toEqual([{ path: 'body.version', message: expect.any(String) }]);
  });

  it('answers 400 when a query parameter is given twice', async () => {
    seen.length = 0;

    const result = await send('/admin/applications/app-17?limit=20&limit=50', { version: 4 });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors).toContainEqual({ path: 'query.limit', message: expect.stringContaining('once') });
    expect(seen).toEqual([]);
  });

  it('answers 400 naming an unknown query parameter', async () => {
    const result = await send('/admin/applications/app-17?sort=name', { version: 4 });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors).toEqual([{ path: expect.stringMatching(/^query/), message: expect.stringContaining('sort') }]);
  });

  it('checks path parameters', async () => {
    const result = await send('/admin/applications/17', { version: 4 });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors).toEqual([{ path: 'path.id', message: expect.any(String) }]);
  });

  it('reports every problem of path, query and body in one answer', async () => {
    const result = await send('/admin/applications/17?limit=0', { version: 4, nickname: 'Ami' });

    const paths = (bodyOf(result).errors as { path: string }[]).map((issue) => issue.path.split('.')[0]);
    expect(paths.sort()).toEqual(['body', 'path', 'query']);
  });
});
