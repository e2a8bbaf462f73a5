import { checklistBodySchema, checklistPathSchema } from '#shared/deployment/schema.js';
import { recordChecklistItem } from '#shared/deployment/steps.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { deploymentDependencies } from './deployment-stores.js';

/** PUT /admin/deployments/{id}/checklist/{item} `{version, on, expiresOn?, reference?}`: 200; 422 a day in the future or an expiry not after it. */
export const handler = staffHandler({ name: 'recordDeploymentChecklist', path: checklistPathSchema, body: checklistBodySchema }, async ({ path, body, principal, now }) =>
  json(200, { deployment: (await recordChecklistItem(deploymentDependencies(), principal, path.id, path.item, body, now)).deployment }),
);
