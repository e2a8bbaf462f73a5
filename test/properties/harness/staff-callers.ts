import fc from 'fast-check';
import { expect } from 'vitest';
import { isMemberOf, principalFromClaims, type StaffGroup } from '#shared/staff/principal.js';
import { administrator, hrOfficer, ncbFrance, ncbSenegal, staffToken, type StaffIdentity } from '../../support/staff.js';
import { claimsOf, type Answer } from './direct-calls.js';

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
