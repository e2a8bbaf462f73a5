import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { Forbidden, Unauthorized } from '#shared/errors.js';
import { groupsOfIdToken, isMemberOf, principalFromClaims, type StaffGroup, type StaffPrincipal } from '#shared/staff/principal.js';

type Event = APIGatewayProxyEvent & { principal?: StaffPrincipal };

/** Every Authorization value the request carried, whatever the header's case (API Gateway keeps it as sent). */
const authorizationValues = (event: Event): string[] => {
  const named = (record: Record<string, unknown> | null | undefined) =>
    Object.entries(record ?? {}).filter(([name]) => name.toLowerCase() === 'authorization');
  const multi = named(event.multiValueHeaders).flatMap(([, values]) => (Array.isArray(values) ? values.map(String) : []));
  return multi.length > 0 ? multi : named(event.headers).map(([, value]) => String(value));
};

/**
 * Staff routes: the authorizer in front (Cognito's in AWS, the local gateway's locally) has
 * checked the token and passed its claims; here they become a principal (the group list read from
 * that token when the authorizer flattened it, shared/staff/principal.ts), and the route's groups
 * decide. No claims is a 401 (the authorizer was bypassed or misconfigured), a wrong group a 403.
 */
export const staffAccess = (allowed: readonly StaffGroup[]): MiddlewareObj<Event, APIGatewayProxyResult> => ({
  name: 'staffAccess',
  before: ({ event }) => {
    const claims: unknown = event.requestContext?.authorizer?.claims;
    // REST's authorizer flattens the group list to "a,b": the raw list comes from the token it checked.
    const principal = principalFromClaims(claims, groupsOfIdToken(authorizationValues(event), claims));
    if (!principal) throw new Unauthorized('Sign in as a staff member and send the token as `Authorization: Bearer <token>`.', { key: 'problem.unauthorized.staff' });
    if (!isMemberOf(principal, allowed)) {
      // The roles are the API's codes (hr, ncb, admin), the same in every language.
      const needed = allowed.join(', ');
      const held = principal.groups.join(', ');
      throw new Forbidden(
        `This needs one of the roles ${needed}; you are signed in as ${held || 'no role'}.`,
        held ? { key: 'problem.forbidden.roles', values: { needed, held } } : { key: 'problem.forbidden.noRole', values: { needed } },
      );
    }
    event.principal = principal;
  },
});
