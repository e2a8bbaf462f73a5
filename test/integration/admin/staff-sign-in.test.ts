import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CLIENT_ID } from '#infra/local/auth/local-issuer.js';
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

describe('the local stand-in for the hosted sign-in: authorization code with PKCE', () => {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorizeParams = () =>
    new URLSearchParams({
      response_type: 'code',
      client_id: LOCAL_CLIENT_ID,
      redirect_uri: `${stack.url}/admin`,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'state-123',
      scope: 'openid email',
    });
  const signIn = async (fields: Record<string, string>) =>
    fetch(`${stack.url}/_local/auth/oauth2/authorize`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...Object.fromEntries(authorizeParams()), ...fields }).toString(),
    });
  const exchange = (code: string, codeVerifier: string) =>
    fetch(`${stack.url}/_local/auth/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: LOCAL_CLIENT_ID, code, redirect_uri: `${stack.url}/admin`, code_verifier: codeVerifier }).toString(),
    });

  it('shows a page to pick a role, under a CSP that runs no script', async () => {
    const response = await fetch(`${stack.url}/_local/auth/oauth2/authorize?${authorizeParams()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toContain('name="group" value="ncb"');
    expect(page).toContain(`value="${challenge}"`);
  });

  it('redirects back with a code and the state, which the verifier exchanges once for a working ID token', async () => {
    const redirect = await signIn({ email: 'ncb.dakar@police.sn.example', group: 'ncb', country: 'SN' });
    expect(redirect.status).toBe(302);
    const back = new URL(redirect.headers.get('location') ?? '');
    expect(back.pathname).toBe('/admin');
    expect(back.searchParams.get('state')).toBe('state-123');
    const code = back.searchParams.get('code') ?? '';

    const wrong = await exchange(code, randomBytes(32).toString('base64url'));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ error: 'invalid_grant' });

    // A failed exchange spends the code, as an authorization server should.
    const redirectAgain = await signIn({ email: 'ncb.dakar@police.sn.example', group: 'ncb', country: 'SN' });
    const code2 = new URL(redirectAgain.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const tokens = (await (await exchange(code2, verifier)).json()) as { id_token: string; expires_in: number };
    expect(tokens.expires_in).toBe(3600);
    const listed = await list(tokens.id_token);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { items: Array<{ nationality: string }> }).items.every((row) => row.nationality === 'SN')).toBe(true);

    expect((await exchange(code2, verifier)).status).toBe(400);
  });

  it.each([
    ['another origin', () => 'https://evil.example/admin'],
    ['another path on the site', () => `${stack.url}/admin/elsewhere`],
    ['a trailing slash', () => `${stack.url}/admin/`],
    ['a query', () => `${stack.url}/admin?next=/`],
  ])('refuses to redirect to %s: only the exact callback URL, as Cognito', async (_case, redirectUri) => {
    const response = await fetch(`${stack.url}/_local/auth/oauth2/authorize?${new URLSearchParams({ ...Object.fromEntries(authorizeParams()), redirect_uri: redirectUri() })}`);
    expect(response.status).toBe(400);
  });

  it('signs out to the grid page only', async () => {
    const out = (logoutUri: string) =>
      fetch(`${stack.url}/_local/auth/logout?${new URLSearchParams({ client_id: LOCAL_CLIENT_ID, logout_uri: logoutUri })}`, { redirect: 'manual' });

    const home = await out(`${stack.url}/admin`);
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe(`${stack.url}/admin`);
    expect((await out('https://evil.example/admin')).status).toBe(400);
  });

  it('asks again, with the reason, when an NCB officer picks no valid country', async () => {
    const response = await signIn({ email: 'ncb@police.example', group: 'ncb', country: 'XX' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('role="alert"');
  });
});
