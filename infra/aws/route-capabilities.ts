import type { Route } from '#functions/routes.js';

/**
 * A route's capability: the first folder of its handler (`functions/<capability>/...`). The routes
 * of a capability that is not listed below go into a nested stack of their own
 * (constructs/capability-routes.ts), so that the main stack stays far from CloudFormation's 500
 * resources as the next issues add dozens of routes (docs/architecture.md, "Routes share functions").
 */
export const capabilityOf = (route: Pick<Route, 'handler'>): string => {
  const [capability] = route.handler.split('/');
  if (!capability) throw new Error(`Route handler "${route.handler}" names no capability folder.`);
  return capability;
};

/**
 * The capabilities whose methods and path resources stay in the main stack, where they were
 * deployed before nested stacks existed. They must not move: CloudFormation creates a moved
 * resource or method in its new stack before it deletes it from the old one, and API Gateway
 * refuses a second resource with the same path part under one parent (ConflictException), so a
 * deployed stage could not update. Never add a capability here once its routes are deployed in a
 * nested stack, nor remove one, for the same reason; and a route of these capabilities must not be
 * added under a path resource a nested stack made (`/admin/proposals/...`): the main stack would
 * make that resource again. Synth cannot see what is deployed, so this list is the guard.
 */
export const MAIN_STACK_CAPABILITIES: ReadonlySet<string> = new Set([
  'applications',
  'documents',
  'vacancies',
  'pages',
  'admin',
  'openapi',
  'circulars',
]);

/** Whether a route's method and path resources live in the main stack (else in its capability's nested stack). */
export const inMainStack = (route: Pick<Route, 'handler'>): boolean => MAIN_STACK_CAPABILITIES.has(capabilityOf(route));
