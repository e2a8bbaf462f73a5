import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aminaApplication } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, staffToken, storeOf } from '../../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;

const list = (token: string | undefined, query = 'vacancy=1701') =>
  fetch(`${stack.url}/admin/applications?${query}`, token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } });

beforeAll(async () => {
  stack = await startTestStack(clock);
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, [
    aminaApplication({ id: 'app-sn-1', nationality: 'SN', email: 'a@police.sn.example' }),
    aminaApplication({ id: 'app-fr-1', nationality: 'FR', email: 'b@police.fr.example', submittedAt: '2026-11-21T10:00:00.000Z' }),
  ]);
  close();
});
afterAll(async () => {
  await stack?.stop();
});

describe('staff sign-in on the local gateway, checked as the Cognito authorizer checks it', () => {
  it('refuses a request without a token with a 401 problem', async () => {
    const response = await list(undefined);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses a tampered token: a payload edited to claim the admin group', async () => {
    const token = await staffToken(stack, ncbFrance);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admin'] })).toString('base64url');
    expect((await list(`${header}.${forged}.${signature}`)).status).toBe(401);
  });

  it('refuses a token once it has expired, an hour after it was issued', async () => {
    const token = await staffToken(stack, hrOfficer);
    expect((await list(token)).status).toBe(200);
    clock.set('2026-11-22T10:00:01Z');
    try {
      expect((await list(token)).status).toBe(401);
    } finally {
      clock.set('2026-11-22T09:00:00Z');
    }
  });

  it('lets HR list a vacancy, every country', async () => {
    const as = await staffClient(stack, hrOfficer);
    const { status, body } = await as('GET', '/admin/applications?vacancy=1701');
    expect(status).toBe(200);
    expect((body.items as Array<{ id: string }>).map((row) => row.id).sort()).toEqual(['app-fr-1', 'app-sn-1']);
  });

  it("limits an NCB officer to their own country's nationals, and refuses another country", async () => {
    const senegal = await staffClient(stack, ncbSenegal);
    const own = await senegal('GET', '/admin/applications?vacancy=1701');
    expect((own.body.items as Array<{ id: string }>).map((row) => row.id)).toEqual(['app-sn-1']);
    const other = await senegal('GET', '/admin/applications?vacancy=1701&country=FR');
    expect(other.status).toBe(403);
  });

  it('signs a token only for a valid identity: an NCB officer needs a country', async () => {
    const response = await fetch(`${stack.url}/_local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'x@ncb.example', groups: ['ncb'] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('country');
  });
});
