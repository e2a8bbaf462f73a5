import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import type { StaffGroup } from '#shared/staff/principal.js';

/** What the local issuer stands in for: a Cognito user pool and its app client. */
export const LOCAL_ISSUER = 'http://127.0.0.1/_local/auth/local-user-pool';
export const LOCAL_CLIENT_ID = 'secondment-hub-local-staff';
/** Cognito's default ID-token validity. */
export const TOKEN_LIFETIME_S = 3600;
const ALGORITHM = 'RS256';

export interface StaffIdentity {
  email: string;
  groups: StaffGroup[];
  country?: string;
  /** A force approver's force (issue 18): `custom:force`. */
  force?: string;
}

/** The claims API Gateway's REST Cognito authorizer hands to a function: every value a string. */
export type AuthorizerClaims = Record<string, string>;

export type Verdict = { ok: true; claims: AuthorizerClaims } | { ok: false; reason: string };

export interface LocalIssuer {
  issue(identity: StaffIdentity, now: Date): Promise<string>;
  /** Checks what Cognito's authorizer checks: signature, issuer, audience, expiry and token use. */
  verify(token: string, now: Date): Promise<Verdict>;
}

/** A stable `sub` per email, shaped like Cognito's UUIDs, so a person keeps their id across restarts. */
const subjectOf = (email: string) => {
  const hex = createHash('sha256').update(email.toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const keyPairIn = async (keyFile: string) => {
  try {
    const jwk = JSON.parse(await readFile(keyFile, 'utf8')) as JWK;
    const privateKey = await importJWK(jwk, ALGORITHM);
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
    return { privateKey, publicKey: await importJWK(publicJwk, ALGORITHM), kid: String(jwk.kid) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Kept in the data folder, so tokens signed before a restart still verify after it.
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = createHash('sha256').update(JSON.stringify(await exportJWK(publicKey))).digest('base64url').slice(0, 16);
  await mkdir(dirname(keyFile), { recursive: true });
  await writeFile(keyFile, JSON.stringify({ ...jwk, kid, alg: ALGORITHM }), { mode: 0o600 });
  return { privateKey, publicKey, kid };
};

/** REST's Cognito authorizer passes every claim as a string, and a group list comma-separated. */
const asAuthorizerClaims = (payload: JWTPayload): AuthorizerClaims =>
  Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : String(value)]),
  );

/**
 * The local stand-in for Cognito: signs ID tokens shaped like a user pool's (RS256, `token_use:
 * id`, `cognito:groups`, `custom:country`) with a key kept in the data folder, and verifies them
 * as API Gateway's Cognito authorizer does.
 */
export const createLocalIssuer = async (keyFile: string): Promise<LocalIssuer> => {
  const { privateKey, publicKey, kid } = await keyPairIn(keyFile);
  return {
    async issue(identity, now) {
      const at = Math.floor(now.getTime() / 1000);
      return new SignJWT({
        email: identity.email.toLowerCase(),
        email_verified: true,
        'cognito:groups': identity.groups,
        ...(identity.country ? { 'custom:country': identity.country } : {}),
        ...(identity.force ? { 'custom:force': identity.force } : {}),
        'cognito:username': identity.email.toLowerCase(),
        token_use: 'id',
        auth_time: at,
      })
        .setProtectedHeader({ alg: ALGORITHM, kid })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_CLIENT_ID)
        .setSubject(subjectOf(identity.email))
        .setIssuedAt(at)
        .setExpirationTime(at + TOKEN_LIFETIME_S)
        .sign(privateKey);
    },
    async verify(token, now) {
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          algorithms: [ALGORITHM],
          issuer: LOCAL_ISSUER,
          audience: LOCAL_CLIENT_ID,
          currentDate: now,
          clockTolerance: 0,
          // jose checks `exp` only when it is there: Cognito's tokens always carry it.
          requiredClaims: ['exp', 'iat', 'sub', 'token_use'],
        });
        if (payload.token_use !== 'id') return { ok: false, reason: 'not an ID token' };
        return { ok: true, claims: asAuthorizerClaims(payload) };
      } catch (error) {
        return { ok: false, reason: (error as { code?: string }).code ?? 'invalid token' };
      }
    },
  };
};
