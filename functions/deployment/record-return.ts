import { deploymentPathSchema, returnBodySchema } from '#shared/deployment/schema.js';
import { recordReturn } from '#shared/deployment/steps.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { deploymentDependencies } from './deployment-stores.js';

/** POST /admin/deployments/{id}/return `{version, on, early?, reason?}`: 200; 422 a day out of the tour, or early without a reason. */
export const handler = staffHandler({ name: 'recordDeploymentReturn', path: deploymentPathSchema, body: returnBodySchema }, async ({ path, body, principal, now }) =>
  json(200, { deployment: (await recordReturn(deploymentDependencies(), principal, path.id, body, now)).deployment }),
);
