import { describe, expect, it } from 'vitest';
import { authorizeUrl, challengeFor, logoutUrl, randomToken, tokenRequestBody } from '#functions/admin/pages/client/pkce.js';

const client = { signInUrl: 'https://staff.auth.example/_local/auth', clientId: 'grid-client', redirectUri: 'https://hub.example/dev/admin' };

describe('the grid page sign-in (authorization code with PKCE)', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 base64url characters from 32 random bytes, different each time', () => {
    const first = randomToken();
    const second = randomToken();

    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect(randomToken((bytes) => bytes.fill(255))).toBe('_'.repeat(42) + '8');
  });

  it('asks the hosted sign-in for a code bound to the challenge, the state and this page', () => {
    const url = new URL(authorizeUrl(client, 'challenge-value', 'state-value'));

    expect(url.origin + url.pathname).toBe('https://staff.auth.example/_local/auth/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'grid-client',
      redirect_uri: 'https://hub.example/dev/admin',
      scope: 'openid email profile',
      code_challenge: 'challenge-value',
      code_challenge_method: 'S256',
      state: 'state-value',
    });
  });

  it('trades the code with the verifier and the same redirect, as a form', () => {
    expect(Object.fromEntries(new URLSearchParams(tokenRequestBody(client, 'the-code', 'the-verifier')))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'grid-client',
      code: 'the-code',
      redirect_uri: 'https://hub.example/dev/admin',
      code_verifier: 'the-verifier',
    });
  });

  it('signs out at the hosted sign-in and comes back to the page', () => {
    const url = new URL(logoutUrl(client, 'https://hub.example/dev/admin'));

    expect(url.pathname).toBe('/_local/auth/logout');
    expect(url.searchParams.get('client_id')).toBe('grid-client');
    expect(url.searchParams.get('logout_uri')).toBe('https://hub.example/dev/admin');
  });
});
