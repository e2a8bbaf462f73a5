import { createHash, randomBytes } from 'node:crypto';
import * as z from '#shared/zod.js';
import { html } from '#functions/pages/html.js';
import { email, nationality } from '#shared/applications/schema.js';
import { memberCountryCodes } from '#shared/reference/countries.js';
import { staffGroups } from '#shared/staff/principal.js';
import { forceId } from '#shared/profiles/forces.js';
import type { Clock } from '#shared/time/clock.js';
import type { LocalEndpoint, LocalResult } from '../gateway/server.js';
import { LOCAL_CLIENT_ID, TOKEN_LIFETIME_S, type LocalIssuer, type StaffIdentity } from './local-issuer.js';
import { DEMO_PANEL, DEMO_PANEL_VACANCY } from '../seed/demo-panel-members.js';

/** An identity to sign a token for; an NCB officer belongs to one country. */
export const staffIdentitySchema = z
  .strictObject({
    email,
    groups: z
      .array(z.enum(staffGroups))
      .check(z.minLength(1, 'At least one group.'), z.refine((groups) => new Set(groups).size === groups.length, 'Each group once.')),
    country: z.optional(nationality),
    force: z.optional(forceId),
  })
  .check(
    z.refine((identity) => !identity.groups.includes('ncb') || identity.country !== undefined, {
      message: 'An NCB officer needs a country.',
      path: ['country'],
    }),
    z.refine((identity) => !identity.groups.includes('force') || identity.force !== undefined, {
      message: 'A force approver needs a force.',
      path: ['force'],
    }),
  );

const problem = (status: number, title: string, detail: string): LocalResult => ({
  status,
  body: { type: '/problems/local-auth', title, status, detail },
});

const invalid = (error: z.core.$ZodError): LocalResult => ({
  status: 400,
  body: {
    type: '/problems/validation',
    title: 'The request is not valid',
    status: 400,
    detail: 'See errors.',
    errors: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  },
});

const jsonOf = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
};

/** `POST /_local/token` `{email, groups, country?}`: a staff ID token, for tests and curl. */
export const tokenEndpoint = (issuer: LocalIssuer, clock: Clock): LocalEndpoint => async (request, _url, body) => {
  if (request.method !== 'POST') return problem(405, 'Method not allowed', 'Use POST with {email, groups, country?}.');
  const parsed = staffIdentitySchema.safeParse(jsonOf(body));
  if (!parsed.success) return invalid(parsed.error);
  return { status: 200, body: { token: await issuer.issue(parsed.data, clock.now()), expiresIn: TOKEN_LIFETIME_S } };
};

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const challengeOf = (verifier: string) => base64url(createHash('sha256').update(verifier).digest());

const authorizeQuery = z.object({
  response_type: z.literal('code'),
  client_id: z.literal(LOCAL_CLIENT_ID),
  redirect_uri: z.url(),
  code_challenge: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'a base64url SHA-256')),
  code_challenge_method: z.literal('S256'),
  state: z.optional(z.string().check(z.maxLength(512))),
  scope: z.optional(z.string()),
});

const SIGN_IN_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const signInPage = (params: z.infer<typeof authorizeQuery>, error?: string) => {
  const hidden = Object.entries(params).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value ?? ''}">`);
  const countries = [...memberCountryCodes].map((code) => html`<option value="${code}"${code === 'FR' ? html` selected` : ''}>${code}</option>`);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Local staff sign-in · secondment-hub</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1b2733}
h1{font-size:1.4rem}fieldset{border:1px solid #c5ced8;border-radius:6px;margin:1rem 0}
label{display:block;margin:.4rem 0}input[type=email],select{font:inherit;padding:.3rem;width:100%;box-sizing:border-box}
button{font:inherit;padding:.5rem 1.2rem;background:#0b4f8a;color:#fff;border:0;border-radius:4px;cursor:pointer}
.note{color:#5b6b7b;font-size:.9rem}.error{color:#a4161a}
</style></head><body>
<h1>Local staff sign-in</h1>
<p class="note">This page stands in for Cognito's hosted sign-in on the local stack only: pick who you are.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post">
${hidden}
<label>Email <input type="email" name="email" required value="hr@secondment-hub.local" autocomplete="username" list="demo-staff"></label>
<datalist id="demo-staff">${DEMO_PANEL.map((member) => html`<option value="${member.email}">${member.label}</option>`)}</datalist>
<fieldset><legend>Role</legend>
<label><input type="radio" name="group" value="hr" checked> HR</label>
<label><input type="radio" name="group" value="ncb"> NCB officer, for the country below</label>
<label><input type="radio" name="group" value="admin"> Administrator</label>
<label><input type="radio" name="group" value="force"> Force approver (a sending unit's), for the force id below</label>
<label><input type="radio" name="group" value="panel"> Selection panel member (the demo panel of vacancy ${DEMO_PANEL_VACANCY}: ${DEMO_PANEL.map((member) => member.email).join(', ')})</label>
</fieldset>
<label>Country (NCB officers) <select name="country">${countries}</select></label>
<label>Force id (force approvers), such as met <input type="text" name="force" value="met" pattern="[a-z0-9][a-z0-9\\-]*"></label>
<p><button type="submit">Sign in</button></p>
</form></body></html>`.value;
};

interface PendingCode {
  identity: StaffIdentity;
  challenge: string;
  redirectUri: string;
  expiresAt: number;
}

/** Cognito's authorization codes live five minutes and are good once. */
const CODE_LIFETIME_MS = 5 * 60 * 1000;

/**
 * `/_local/auth/oauth2/{authorize,token}` and `/_local/auth/logout`: the part of Cognito's hosted
 * UI the grid page uses (authorization code with PKCE), so the page runs the same sign-in code
 * locally as in AWS. As an app client's callback and logout URL lists, redirects go to exactly
 * the listed URLs: another path, a trailing slash or a query is refused, as Cognito refuses it.
 */
export const hostedSignIn = (issuer: LocalIssuer, clock: Clock, callbackUrls: () => readonly string[]): LocalEndpoint => {
  const codes = new Map<string, PendingCode>();

  const authorize: LocalEndpoint = async (request, url, body) => {
    const form = request.method === 'POST' ? new URLSearchParams(body.toString('utf8')) : url.searchParams;
    const params = authorizeQuery.safeParse(Object.fromEntries([...form].filter(([name]) => name in authorizeQuery.shape)));
    if (!params.success) return invalid(params.error);
    if (!callbackUrls().includes(params.data.redirect_uri)) {
      return problem(400, 'redirect_mismatch', 'The redirect_uri is not a callback URL of this app client.');
    }
    const page = (error?: string): LocalResult => ({
      status: error ? 400 : 200,
      html: signInPage(params.data, error),
      headers: { 'Content-Security-Policy': SIGN_IN_CSP },
    });
    if (request.method !== 'POST') return page();
    const group = form.get('group') ?? '';
    const identity = staffIdentitySchema.safeParse({
      email: form.get('email') ?? '',
      groups: [group],
      ...(group === 'ncb' ? { country: form.get('country') ?? '' } : {}),
      ...(group === 'force' ? { force: form.get('force') ?? '' } : {}),
    });
    if (!identity.success) return page(identity.error.issues.map((issue) => issue.message).join(' '));
    const now = clock.now().getTime();
    for (const [code, pending] of codes) if (pending.expiresAt <= now) codes.delete(code);
    const code = base64url(randomBytes(24));
    codes.set(code, { identity: identity.data, challenge: params.data.code_challenge, redirectUri: params.data.redirect_uri, expiresAt: now + CODE_LIFETIME_MS });
    const back = new URL(params.data.redirect_uri);
    back.searchParams.set('code', code);
    if (params.data.state !== undefined) back.searchParams.set('state', params.data.state);
    return { status: 302, headers: { Location: back.toString() }, body: {} };
  };

  const token: LocalEndpoint = async (request, _url, body) => {
    if (request.method !== 'POST') return problem(405, 'Method not allowed', 'Use POST.');
    const form = new URLSearchParams(body.toString('utf8'));
    const oauthError = (error: string) => ({ status: 400, body: { error } });
    if (form.get('grant_type') !== 'authorization_code') return oauthError('unsupported_grant_type');
    if (form.get('client_id') !== LOCAL_CLIENT_ID) return oauthError('invalid_client');
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    codes.delete(code);
    const verifier = form.get('code_verifier') ?? '';
    if (
      !pending ||
      pending.expiresAt <= clock.now().getTime() ||
      pending.redirectUri !== form.get('redirect_uri') ||
      challengeOf(verifier) !== pending.challenge
    ) {
      return oauthError('invalid_grant');
    }
    const idToken = await issuer.issue(pending.identity, clock.now());
    return { status: 200, body: { id_token: idToken, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_S } };
  };

  const logout: LocalEndpoint = async (_request, url) => {
    const to = url.searchParams.get('logout_uri') ?? '';
    if (url.searchParams.get('client_id') !== LOCAL_CLIENT_ID || !callbackUrls().includes(to)) {
      return problem(400, 'Bad logout', 'Give client_id and a logout_uri that is a sign-out URL of this app client.');
    }
    return { status: 302, headers: { Location: to }, body: {} };
  };

  return async (request, url, body) => {
    const rest = url.pathname.replace(/^\/_local\/auth/, '');
    if (rest === '/oauth2/authorize' && ['GET', 'POST'].includes(request.method ?? '')) return authorize(request, url, body);
    if (rest === '/oauth2/token') return token(request, url, body);
    if (rest === '/logout') return logout(request, url, body);
    return problem(404, 'Not found', `No local sign-in endpoint ${url.pathname}.`);
  };
};
