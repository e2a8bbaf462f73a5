import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import * as z from 'zod';
import { json } from '#functions/http/response.js';
import { securityHeaderValues } from '#functions/http/middleware/security-headers.js';
import { NotFound } from '#shared/errors.js';
import { bodyOf, contextFor, DEFAULT_NOW, proxyEvent, testRoute } from './event.js';

// http-handler.ts reads LOG_LEVEL when it is imported.
vi.stubEnv('LOG_LEVEL', 'silent');
const { httpHandler } = await import('#functions/http/http-handler.js');

afterEach(() => {
  vi.useRealTimers();
});

const vacancyRoute = testRoute('GET', '/vacancies/{number}', 'getVacancy');
const listRoute = testRoute('GET', '/vacancies', 'listVacancies');
const patchRoute = testRoute('PATCH', '/admin/applications/{id}', 'patchApplication');

describe('httpHandler', () => {
  it('hands the route typed, validated path, query and body', async () => {
    const run = vi.fn(async (input: { path: unknown; query: unknown; body: unknown }) => json(200, input));
    const handler = httpHandler(
      {
        name: 'patchApplication',
        path: z.strictObject({ id: z.string() }),
        query: z.strictObject({ dryRun: z.enum(['yes', 'no']).transform((value) => value === 'yes') }),
        body: z.strictObject({ version: z.number().int() }),
      },
      async (input) => {
        expectTypeOf(input.path.id).toEqualTypeOf<string>();
        expectTypeOf(input.query.dryRun).toEqualTypeOf<boolean>();
        expectTypeOf(input.body.version).toEqualTypeOf<number>();
        return run(input);
      },
    );
    const event = proxyEvent({ route: patchRoute, url: '/admin/applications/a1?dryRun=yes', headers: { 'Content-Type': 'application/json' }, body: '{"version":7}' });

    const result = await handler(event, contextFor(event));

    expect(result.statusCode).toBe(200);
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ path: { id: 'a1' }, query: { dryRun: true }, body: { version: 7 } }));
  });

  it('answers 400 to an unknown query parameter on a route with no query schema', async () => {
    const run = vi.fn(async () => json(200, { items: [] }));
    const handler = httpHandler({ name: 'listVacancies' }, run);
    const event = proxyEvent({ route: listRoute, url: '/vacancies?email=amina@example.org' });

    const result = await handler(event, contextFor(event));

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors).toEqual([{ path: expect.stringMatching(/^query/), message: expect.stringContaining('email') }]);
    expect(run).not.toHaveBeenCalled();
  });

  it('judges the request at the time API Gateway received it', async () => {
    let now: Date | undefined;
    const handler = httpHandler({ name: 'getVacancy', path: z.strictObject({ number: z.string() }) }, async (input) => {
      now = input.now;
      return json(200, {});
    });
    const receivedAt = new Date('2025-09-01T21:59:59.000Z');
    const event = proxyEvent({ route: vacancyRoute, url: '/vacancies/1152', now: receivedAt });

    await handler(event, contextFor(event));

    expect(now?.toISOString()).toBe(receivedAt.toISOString());
  });

  it('falls back to the system clock when the event has no request time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-05T10:00:00.000Z'));
    let now: Date | undefined;
    const handler = httpHandler({ name: 'getVacancy', path: z.strictObject({ number: z.string() }) }, async (input) => {
      now = input.now;
      return json(200, {});
    });
    const event = proxyEvent({ route: vacancyRoute, url: '/vacancies/1152', now: DEFAULT_NOW });
    event.requestContext.requestTimeEpoch = 0;

    await handler(event, contextFor(event));

    expect(now?.toISOString()).toBe('2026-01-05T10:00:00.000Z');
  });

  it('answers a domain error as problem+json whose instance is the request id, with the security headers', async () => {
    const handler = httpHandler({ name: 'getVacancy', path: z.strictObject({ number: z.string() }) }, async () => {
      throw new NotFound('No vacancy 9999.');
    });
    const event = proxyEvent({ route: vacancyRoute, url: '/vacancies/9999' });

    const result = await handler(event, contextFor(event));

    expect(result.statusCode).toBe(404);
    expect(result.headers?.['Content-Type']).toMatch(/^application\/problem\+json/);
    expect(result.headers).toMatchObject(securityHeaderValues);
    expect(bodyOf(result)).toMatchObject({ type: '/problems/not-found', detail: 'No vacancy 9999.', instance: event.requestContext.requestId });
  });

  it('parses the body only on a route with a body schema, within its limit', async () => {
    const handler = httpHandler({ name: 'patchApplication', path: z.strictObject({ id: z.string() }), body: z.strictObject({ note: z.string() }), bodyLimit: 32 }, async () =>
      json(200, {}),
    );
    const event = proxyEvent({ route: patchRoute, url: '/admin/applications/a1', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ note: 'x'.repeat(40) }) });

    const result = await handler(event, contextFor(event));

    expect(result.statusCode).toBe(413);
  });

  it('writes no log line when LOG_LEVEL is silent', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    const handler = httpHandler({ name: 'listVacancies' }, async () => {
      throw new Error('boom');
    });
    const event = proxyEvent({ route: listRoute, url: '/vacancies' });

    const result = await handler(event, contextFor(event));

    expect(result.statusCode).toBe(500);
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
  });
});
