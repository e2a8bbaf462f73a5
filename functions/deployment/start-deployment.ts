import { startDeploymentBodySchema } from '#shared/deployment/schema.js';
import { startDeployment } from '#shared/deployment/start.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { deploymentDependencies } from './deployment-stores.js';

/**
 * POST /admin/deployments `{applicationId, deploymentDay, rotationDay}`: 201 the deployment; 200 the
 * same one again; 409 not selected, or one with other days; 422 days out of order.
 */
export const handler = staffHandler({ name: 'startDeployment', body: startDeploymentBodySchema }, async ({ body, principal, now }) => {
  const { outcome, deployment } = await startDeployment(deploymentDependencies(), principal, body, now);
  return json(outcome === 'created' ? 201 : 200, { deployment });
});
