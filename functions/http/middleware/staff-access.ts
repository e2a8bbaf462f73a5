import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { Forbidden, Unauthorized } from '#shared/errors.js';
import { isMemberOf, principalFromClaims, type StaffGroup, type StaffPrincipal } from '#shared/staff/principal.js';

type Event = APIGatewayProxyEvent & { principal?: StaffPrincipal };

/**
 * Staff routes: the authorizer in front (Cognito's in AWS, the local gateway's locally) has
 * checked the token and passed its claims; here they become a principal, and the route's groups
 * decide. No claims is a 401 (the authorizer was bypassed or misconfigured), a wrong group a 403.
 */
export const staffAccess = (allowed: readonly StaffGroup[]): MiddlewareObj<Event, APIGatewayProxyResult> => ({
  name: 'staffAccess',
  before: ({ event }) => {
    const principal = principalFromClaims(event.requestContext?.authorizer?.claims);
    if (!principal) throw new Unauthorized('Sign in as a staff member and send the token as `Authorization: Bearer <token>`.');
    if (!isMemberOf(principal, allowed)) {
      throw new Forbidden(`This needs one of the roles ${allowed.join(', ')}; you are signed in as ${principal.groups.join(', ') || 'no role'}.`);
    }
    event.principal = principal;
  },
});
