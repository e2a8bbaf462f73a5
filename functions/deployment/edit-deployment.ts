import { deploymentPathSchema, editDeploymentBodySchema } from '#shared/deployment/schema.js';
import { editDeployment } from '#shared/deployment/steps.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { deploymentDependencies } from './deployment-stores.js';

/** PATCH /admin/deployments/{id} `{version, deploymentDay?, rotationDay?, contact?}`: 200; 409 under way (the days) or stale. */
export const handler = staffHandler({ name: 'editDeployment', path: deploymentPathSchema, body: editDeploymentBodySchema }, async ({ path, body, principal, now }) =>
  json(200, { deployment: (await editDeployment(deploymentDependencies(), principal, path.id, body, now)).deployment }),
);
