import { releaseApprover } from '#shared/deployment/emails.js';
import { deploymentPathSchema, extensionRequestBodySchema } from '#shared/deployment/schema.js';
import { requestExtension } from '#shared/deployment/steps.js';
import { tellExtensionRequested, type TellOutcome } from '#shared/deployment/tell.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { emailStores } from '../stores/email-stores.js';
import { deploymentDependencies } from './deployment-stores.js';

/**
 * POST /admin/deployments/{id}/extensions `{version, until, reason}`: 201 the deployment and whether
 * the force's approver was told (a serving officer's request waits for the force; HR decides the
 * others'); 409 one under way, returned, or stale; 422 not past the rotation day.
 */
export const handler = staffHandler({ name: 'requestDeploymentExtension', path: deploymentPathSchema, body: extensionRequestBodySchema }, async ({ path, body, principal, now, logger }) => {
  const deps = deploymentDependencies();
  const { deployment, stored, extension } = await requestExtension(deps, principal, path.id, body, now);
  let told: TellOutcome | undefined;
  if (stored.category === 'serving-police') {
    // The approver who released the officer is on the application: the deployment keeps no address of its own.
    const application = await deps.applications.get(stored.applicationId);
    told = await tellExtensionRequested(emailStores(), stored, extension, deps.forces, now, application ? releaseApprover(application) : undefined);
    if (told !== 'sent' && told !== 'already-sent') logger.info('extension request not told', { deploymentId: stored.id, outcome: told });
  }
  return json(201, { deployment, ...(told ? { told } : {}) });
});
