import { rosterQuerySchema } from '#shared/deployment/schema.js';
import { deploymentRoster } from '#shared/deployment/view.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { deploymentDependencies } from './deployment-stores.js';

/** GET /admin/deployments?state=&call=: the roster, who is deployed where; a force's approver sees its own serving officers only. */
export const handler = staffHandler({ name: 'listDeployments', query: rosterQuerySchema }, async ({ query, principal, now }) => {
  const deps = deploymentDependencies();
  return json(200, deploymentRoster(await deps.deployments.listAll(), principal, deps.forces, query, now));
});
