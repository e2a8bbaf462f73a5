import { debriefBodySchema, deploymentPathSchema } from '#shared/deployment/schema.js';
import { recordDebrief } from '#shared/deployment/steps.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { deploymentDependencies } from './deployment-stores.js';

/** POST /admin/deployments/{id}/debrief `{version, on, notes}`: 200; 409 not returned yet. */
export const handler = staffHandler({ name: 'recordDeploymentDebrief', path: deploymentPathSchema, body: debriefBodySchema }, async ({ path, body, principal, now }) =>
  json(200, { deployment: (await recordDebrief(deploymentDependencies(), principal, path.id, body, now)).deployment }),
);
