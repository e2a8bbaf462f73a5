import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalIssuer, LOCAL_CLIENT_ID, LOCAL_ISSUER, type LocalIssuer } from '#infra/local/auth/local-issuer.js';

const NOW = new Date('2026-11-22T09:00:00Z');
let dir = '';
let issuer: LocalIssuer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-issuer-'));
  issuer = await createLocalIssuer(join(dir, 'signing-key.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the local issuer, verifying as the Cognito authorizer does', () => {
  it('passes the claims on as the REST authorizer does: strings, groups comma-separated', async () => {
    const token = await issuer.issue({ email: 'NCB@Police.FR', groups: ['ncb', 'hr'], country: 'FR' }, NOW);

    const verdict = await issuer.verify(token, NOW);

    expect(verdict).toMatchObject({ ok: true, claims: { email: 'ncb@police.fr', 'cognito:groups': 'ncb,hr', 'custom:country': 'FR', token_use: 'id', aud: LOCAL_CLIENT_ID } });
  });

  it('still verifies tokens signed before a restart: the key is kept in the data folder', async () => {
    const token = await issuer.issue({ email: 'hr@x.example', groups: ['hr'] }, NOW);
    const restarted = await createLocalIssuer(join(dir, 'signing-key.json'));

    expect((await restarted.verify(token, NOW)).ok).toBe(true);
  });

  it.each([
    ['signed by another key', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return new SignJWT({ token_use: 'id' }).setProtectedHeader({ alg: 'RS256' }).setIssuer(LOCAL_ISSUER).setAudience(LOCAL_CLIENT_ID).setSubject('s').setIssuedAt().setExpirationTime('1h').sign(privateKey);
    }],
    ['unsigned (alg none)', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: LOCAL_ISSUER, aud: LOCAL_CLIENT_ID, sub: 's', token_use: 'id', exp: 9e9, iat: 1 })).toString('base64url')}.`],
  ])('refuses a token %s', async (_case, make) => {
    expect((await issuer.verify(await make(), NOW)).ok).toBe(false);
  });

  it('accepts a token for its hour and refuses it a second after', async () => {
    const token = await issuer.issue({ email: 'hr@x.example', groups: ['hr'] }, NOW);

    expect((await issuer.verify(token, new Date(NOW.getTime() + 3_601_000))).ok).toBe(false);
    expect((await issuer.verify(token, new Date(NOW.getTime() + 3_599_000))).ok).toBe(true);
  });
});
