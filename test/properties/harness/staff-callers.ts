import fc from 'fast-check';
import { expect } from 'vitest';
import { isMemberOf, principalFromClaims, type StaffGroup } from '#shared/staff/principal.js';
import { administrator, hrOfficer, ncbFrance, ncbSenegal, staffToken, type StaffIdentity } from '../../support/staff.js';
import { expectRefused, expectWellFormed } from './answers.js';
import { claimsOf, type Answer, type DirectCall } from './direct-calls.js';
import type { BodyCase } from './json-cases.js';

/** Who calls a staff route, as the authorizer's claims: real tokens' claims, none, or claims no real token carries. */
export interface Caller {
  name: string;
  claims: Record<string, string> | undefined;
}

/** The claims of real tokens from the stack's issuer, for the four demo staff members. */
export const realCallers = async (stack: { url: string }): Promise<Record<'hr' | 'admin' | 'ncbFrance' | 'ncbSenegal', Caller>> => {
  const of = async (name: string, identity: StaffIdentity): Promise<Caller> => ({ name, claims: claimsOf(await staffToken(stack, identity)) });
  return {
    hr: await of('hr', hrOfficer),
    admin: await of('admin', administrator),
    ncbFrance: await of('ncbFrance', ncbFrance),
    ncbSenegal: await of('ncbSenegal', ncbSenegal),
  };
};

/** Claims that API Gateway would never pass on from a Cognito token, and what a missing authorizer leaves. */
const oddClaims: Caller[] = [
  { name: 'no claims', claims: undefined },
  { name: 'empty claims', claims: {} },
  { name: 'no sub', claims: { email: 'x@y.example', 'cognito:groups': 'hr' } },
  { name: 'unknown group', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': 'superuser,root' } },
  { name: 'group in capitals', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': 'HR,ADMIN' } },
  { name: 'HTTP API group list', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': '[hr admin]' } },
  // REST's flattening of a group named "x,hr" (or of ["x", "hr"]): without the token it came from, never hr.
  { name: 'comma inside a group name', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': 'x,hr' } },
  { name: 'ncb without country', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': 'ncb' } },
  { name: 'ncb with bad country', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': 'ncb', 'custom:country': '../' } },
  { name: 'ncb lower-case country', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': 'ncb', 'custom:country': 'fr' } },
  { name: 'access token', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': 'hr', token_use: 'access' } },
  { name: 'prototype group', claims: { sub: 's', email: 'x@y.example', 'cognito:groups': '__proto__,constructor' } },
];

/** Mostly the real callers (so the input is judged), sometimes odd claims. */
export const callers = (real: Record<string, Caller>): fc.Arbitrary<Caller> =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...Object.values(real)) }, { weight: 1, arbitrary: fc.constantFrom(...oddClaims) });

/** Whether the route lets this caller in at all: 401 without a principal, 403 outside the groups, before any input is judged. */
export const expectAccess = (answer: Answer, caller: Caller, allowed: readonly StaffGroup[], what: string): boolean => {
  const principal = principalFromClaims(caller.claims);
  if (!principal) {
    expect(answer.status, `${what} as ${caller.name}`).toBe(401);
    return false;
  }
  if (!isMemberOf(principal, allowed)) {
    expect(answer.status, `${what} as ${caller.name}`).toBe(403);
    return false;
  }
  return true;
};

/** What a staff call came to: `judged` when it reached the route and got past access; `valid` when its input was valid too. */
export interface StaffCallResult {
  answer: Answer;
  judged: boolean;
  valid: boolean;
}

/**
 * Calls a staff route and checks what every case owes: well-formed, 401/403 by the claims,
 * refused when its input is invalid. A path the URL parser resolves to another route (`%2e%2e`
 * is `..`) is that route's to judge, elsewhere.
 */
export const judgedStaffCall = async (
  call: DirectCall,
  request: { routeName: string; allowed: readonly StaffGroup[]; caller: Caller; method: string; url: string; inputValid: boolean; body?: BodyCase },
): Promise<StaffCallResult> => {
  const { routeName, allowed, caller, method, url, inputValid, body } = request;
  const answer = await call({
    method,
    url,
    ...(caller.claims ? { claims: caller.claims } : {}),
    ...(body ? { headers: [['Content-Type', body.contentType]] as Array<[string, string]>, body: body.text } : {}),
  });
  const what = `${method} ${url} ${body?.how ?? ''}`;
  expectWellFormed(answer, what);
  if (answer.route?.name !== routeName || !expectAccess(answer, caller, allowed, what)) return { answer, judged: false, valid: false };
  if (!inputValid) expectRefused(answer, what);
  return { answer, judged: true, valid: inputValid };
};
