import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from '#shared/zod.js';
import { jsonBody } from '#functions/http/middleware/json-body.js';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { requestLog } from '#functions/http/middleware/request-log.js';
import { securityHeaders } from '#functions/http/middleware/security-headers.js';
import { validateInput } from '#functions/http/middleware/validate-input.js';
import { json } from '#functions/http/response.js';
import { createLogger, type LogLevel } from '#functions/observability/logger.js';
import { NotFound } from '#shared/errors.js';
import { contextFor, proxyEvent, testRoute } from './event.js';
import { capturingLogger } from './log-capture.js';

const route = testRoute('POST', '/applicants/{email}/notes', 'addApplicantNote');
const email = 'amina.diallo@police.example';

/** The middleware stack httpHandler builds, logging into memory; `run` is the route's own function. */
const serve = async (
  run: () => Promise<APIGatewayProxyResult>,
  request: { url?: string; body?: string } = {},
) => {
  const log = capturingLogger('info');
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(requestLog(log.logger.child({ route: route.name }), route.name))
    .use(securityHeaders())
    .use(problemErrors(log.logger))
    .use(jsonBody())
    .use(
      validateInput({
        path: z.strictObject({ email: z.email() }),
        query: z.strictObject({ cc: z.optional(z.email()) }),
        body: z.strictObject({ note: z.string() }),
      }),
    )
    .handler(run);
  const event = proxyEvent({
    route,
    url: request.url ?? `/applicants/${encodeURIComponent(email)}/notes?cc=${encodeURIComponent(email)}`,
    headers: { 'Content-Type': 'application/json' },
    body: request.body ?? JSON.stringify({ note: `Called ${email} back` }),
  });
  const result = await handler(event, contextFor(event));
  const requestLines = log.entries().filter((entry) => entry.message === 'request');
  return { result, event, log, requestLines };
};

describe('requestLog middleware', () => {
  it('writes one JSON line per request with route, method, resource, request id, status and duration', async () => {
    const { event, log, requestLines } = await serve(async () => json(201, { saved: true }));

    expect(log.lines).toHaveLength(1);
    expect(requestLines).toEqual([
      expect.objectContaining({
        level: 'info',
        route: 'addApplicantNote',
        method: 'POST',
        resource: '/applicants/{email}/notes',
        requestId: event.requestContext.requestId,
        status: 201,
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('logs the status of an answer the error middleware made', async () => {
    const { requestLines } = await serve(async () => {
      throw new NotFound('No such applicant.');
    });

    expect(requestLines).toEqual([expect.objectContaining({ status: 404 })]);
  });

  it('logs a request refused before the handler ran', async () => {
    const { requestLines } = await serve(async () => json(201, {}), { body: '{"note":' });

    expect(requestLines).toEqual([expect.objectContaining({ status: 400, resource: '/applicants/{email}/notes' })]);
  });

  it('reports how long the request took, as a number of milliseconds', async () => {
    const { requestLines } = await serve(async () => json(201, {}));

    expect(typeof requestLines[0]?.durationMs).toBe('number');
    expect(requestLines[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('never logs the raw path, the query string or the body', async () => {
    const { event, log } = await serve(async () => json(201, {}));

    const written = log.lines.join('\n');
    expect(event.path).toContain('amina');
    expect(written).not.toContain('amina');
    expect(written).not.toContain('cc=');
    expect(written).not.toContain('Called');
  });

  it('never logs the personal data of a refused request either', async () => {
    const { result, log } = await serve(async () => json(201, {}), { body: JSON.stringify({ note: 'x', email }) });

    expect(result.statusCode).toBe(400);
    expect(log.lines.join('\n')).not.toContain('amina');
  });
});

describe('createLogger', () => {
  const capture = (level: LogLevel) => {
    const lines: string[] = [];
    return { lines, logger: createLogger(level, { service: 'hub' }, (line) => lines.push(line)) };
  };

  it('writes each entry as one JSON line with level, time, message, base and own fields', () => {
    const { lines, logger } = capture('debug');

    logger.info('request', { status: 200 });

    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'info', message: 'request', service: 'hub', status: 200 });
    expect(new Date(String(entry.time)).toISOString()).toBe(entry.time);
  });

  it('drops entries below its level', () => {
    const { lines, logger } = capture('warn');

    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');

    expect(lines.map((line) => (JSON.parse(line) as { message: string }).message)).toEqual(['w', 'e']);
  });

  it('writes nothing when silent', () => {
    const { lines, logger } = capture('silent');

    logger.error('e');

    expect(lines).toEqual([]);
  });

  it('gives a child the parent fields, its own, and the parent level', () => {
    const { lines, logger } = capture('info');

    const child = logger.child({ route: 'getVacancy' });
    child.debug('hidden');
    child.info('shown');

    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ service: 'hub', route: 'getVacancy', message: 'shown' });
  });
});
