import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import * as z from '#shared/zod.js';
import { json } from '#functions/http/response.js';
import { securityHeaderValues } from '#functions/http/middleware/security-headers.js';
import { NotFound } from '#shared/errors.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalIssuer, type StaffIdentity } from '#infra/local/auth/local-issuer.js';
import { bodyOf, contextFor, DEFAULT_NOW, proxyEvent, testRoute } from './event.js';

// http-handler.ts reads LOG_LEVEL when it is imported.
vi.stubEnv('LOG_LEVEL', 'silent');
const { httpHandler } = await import('#functions/http/http-handler.js');
const { staffHandler } = await import('#functions/http/staff-handler.js');

afterEach(() => {
  vi.useRealTimers();
});

const vacancyRoute = testRoute('GET', '/vacancies/{number}', 'getVacancy');
const listRoute = testRoute('GET', '/vacancies', 'listVacancies');
const withdrawRoute = testRoute('POST', '/applications/{id}/withdraw', 'withdrawApplication');
const staffListRoute: typeof listRoute = { ...testRoute('GET', '/admin/applications', 'listStaffApplications'), caller: { kind: 'staff', groups: ['hr', 'ncb', 'admin'] } };
const hrClaims = { sub: 'a1b2', email: 'HR.Officer@secondment-hub.local', 'cognito:groups': 'hr', token_use: 'id' };

describe('httpHandler', () => {
  it('hands the route typed, validated path, query and body', async () => {
    const run = vi.fn(async (input: { path: unknown; query: unknown; body: unknown }) => json(200, input));
    const handler = httpHandler(
      {
        name: 'withdrawApplication',
        path: z.strictObject({ id: z.string() }),
        query: z.strictObject({ dryRun: z.pipe(z.enum(['yes', 'no']), z.transform((value) => value === 'yes')) }),
        body: z.strictObject({ version: z.number().check(z.int()) }),
      },
      async (input) => {
        expectTypeOf(input.path.id).toEqualTypeOf<string>();
        expectTypeOf(input.query.dryRun).toEqualTypeOf<boolean>();
        expectTypeOf(input.body.version).toEqualTypeOf<number>();
        return run(input);
      },
    );
    const event = proxyEvent({ route: withdrawRoute, url: '/applications/a1/withdraw?dryRun=yes', headers: { 'Content-Type': 'application/json' }, body: '{"version":7}' });

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
    const handler = httpHandler({ name: 'withdrawApplication', path: z.strictObject({ id: z.string() }), body: z.strictObject({ note: z.string() }), bodyLimit: 32 }, async () =>
      json(200, {}),
    );
    const event = proxyEvent({ route: withdrawRoute, url: '/applications/a1/withdraw', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ note: 'x'.repeat(40) }) });

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

describe('staffHandler', () => {
  const listAs = (claims?: Record<string, string>, url = '/admin/applications?vacancy=1701') => {
    const run = vi.fn(async (input: { principal: unknown }) => json(200, { principal: input.principal }));
    const handler = staffHandler({ name: 'listStaffApplications', query: z.strictObject({ vacancy: z.string() }) }, run);
    const event = proxyEvent({ route: staffListRoute, url, ...(claims ? { claims } : {}) });
    return { run, result: handler(event, contextFor(event)) };
  };

  it('hands the route the principal from the authorizer claims, email lower-cased', async () => {
    const { result } = listAs(hrClaims);

    const answer = await result;

    expect(answer.statusCode).toBe(200);
    expect(bodyOf(answer).principal).toEqual({ subject: 'a1b2', email: 'hr.officer@secondment-hub.local', groups: ['hr'] });
  });

  it('answers 401 when no claims arrived, before reading anything else of the request', async () => {
    const { run, result } = listAs(undefined, '/admin/applications?unknown=1');

    const answer = await result;

    expect(answer.statusCode).toBe(401);
    expect(bodyOf(answer).type).toBe('/problems/unauthorized');
    expect(run).not.toHaveBeenCalled();
  });

  it('answers 403 to a signed-in user in none of the route groups, before validating the query', async () => {
    const { run, result } = listAs({ ...hrClaims, 'cognito:groups': 'candidates' }, '/admin/applications?unknown=1');

    const answer = await result;

    expect(answer.statusCode).toBe(403);
    expect(bodyOf(answer).detail).toContain('hr, ncb, admin');
    expect(run).not.toHaveBeenCalled();
  });

  /** A token of the local issuer (Cognito's shape: the groups as a list), sent as API Gateway sends it: header and flattened claims. */
  const signedIn = async (groups: string[]) => {
    const folder = await mkdtemp(join(tmpdir(), 'issuer-'));
    try {
      const issuer = await createLocalIssuer(join(folder, 'key.json'));
      const identity = { email: 'officer@police.example', groups } as unknown as StaffIdentity;
      const token = await issuer.issue(identity, DEFAULT_NOW);
      const verdict = await issuer.verify(token, DEFAULT_NOW);
      if (!verdict.ok) throw new Error(verdict.reason);
      return { token, claims: verdict.claims };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };

  const callWithToken = async ({ token, claims }: { token: string; claims: Record<string, string> }) => {
    const run = vi.fn(async (input: { principal: unknown }) => json(200, { principal: input.principal }));
    const handler = staffHandler({ name: 'listStaffApplications', query: z.strictObject({ vacancy: z.string() }) }, run);
    const event = proxyEvent({ route: staffListRoute, url: '/admin/applications?vacancy=1701', headers: { Authorization: `Bearer ${token}` }, claims });
    return handler(event, contextFor(event));
  };

  it('answers 403 to a member of a group named "x,hr": a comma inside a group name grants no other group', async () => {
    const caller = await signedIn(['x,hr']);
    expect(caller.claims['cognito:groups']).toBe('x,hr');

    const answer = await callWithToken(caller);

    expect(answer.statusCode).toBe(403);
  });

  it('reads two groups flattened by the authorizer from the list in the token it checked', async () => {
    const answer = await callWithToken(await signedIn(['ncb', 'hr']));

    expect(answer.statusCode).toBe(200);
    expect(bodyOf(answer).principal).toMatchObject({ groups: ['hr', 'ncb'] });
  });

  it('answers 401 to a flattened list without the token it came from (it cannot be split safely)', async () => {
    const { result } = listAs({ ...hrClaims, 'cognito:groups': 'x,hr' });

    expect((await result).statusCode).toBe(401);
  });

  it('refuses to wrap a public route, and httpHandler a staff one', () => {
    expect(() => staffHandler({ name: 'listVacancies' }, async () => json(200, {}))).toThrow(/public route/);
    expect(() => httpHandler({ name: 'listStaffApplications' }, async () => json(200, {}))).toThrow(/staff route/);
  });
});
