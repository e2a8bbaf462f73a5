import { deploymentPathSchema } from '#shared/deployment/schema.js';
import { deploymentView, openDeployment } from '#shared/deployment/view.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { deploymentDependencies } from './deployment-stores.js';

/** GET /admin/deployments/{id}: the deployment; another force's is the same 404 as an unknown id. */
export const handler = staffHandler({ name: 'getDeployment', path: deploymentPathSchema }, async ({ path, principal, now }) => {
  const deps = deploymentDependencies();
  return json(200, { deployment: deploymentView(await openDeployment(deps.deployments, principal, path.id), principal, deps.forces, now) });
});
