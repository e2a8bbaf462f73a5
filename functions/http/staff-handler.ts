import type { APIGatewayProxyResult } from 'aws-lambda';
import type * as z from '#shared/zod.js';
import { compose, routeNamed, type HttpHandlerSpec, type NoInput, type StaffInput } from './http-handler.js';
import { staffAccess } from './middleware/staff-access.js';

/**
 * httpHandler for a staff route: the signed-in principal is checked against the route's groups
 * before anything else (so a stranger learns nothing from validation errors) and handed over.
 * Apart from http-handler.ts, so that a public route's function bundles no staff access.
 */
export const staffHandler = <P extends z.ZodMiniType = NoInput, Q extends z.ZodMiniType = NoInput, B extends z.ZodMiniType = z.ZodMiniUndefined>(
  spec: HttpHandlerSpec<P, Q, B>,
  run: (input: StaffInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<APIGatewayProxyResult>,
) => {
  const { caller } = routeNamed(spec.name);
  if (caller.kind !== 'staff') throw new Error(`${spec.name} is a public route: use httpHandler.`);
  return compose(
    spec,
    (input) => {
      // staffAccess has set it, or answered 401 before this point.
      if (!input.principal) throw new Error('staffAccess did not run');
      return run({ ...input, principal: input.principal });
    },
    // Who may call comes from the route table, the same entry the CDK app puts the authorizer on.
    staffAccess(caller.groups),
  );
};
