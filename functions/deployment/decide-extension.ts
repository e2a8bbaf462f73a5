import { extensionDecisionBodySchema, extensionPathSchema } from '#shared/deployment/schema.js';
import { decideExtension } from '#shared/deployment/steps.js';
import { tellExtensionDecided } from '#shared/deployment/tell.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { emailStores } from '../stores/email-stores.js';
import { deploymentDependencies } from './deployment-stores.js';

/**
 * POST /admin/deployments/{id}/extensions/{extensionId}/decision `{version, decision, note?}`: the
 * serving officer's force decides (HR: 403), HR the others'; 200 the deployment and whether the
 * officer was told, in their language. The same decision again writes nothing and sends only what was not sent.
 */
export const handler = staffHandler({ name: 'decideDeploymentExtension', path: extensionPathSchema, body: extensionDecisionBodySchema }, async ({ path, body, principal, now, logger }) => {
  const { deployment, stored, extension } = await decideExtension(deploymentDependencies(), principal, path.id, path.extensionId, body, now);
  const told = await tellExtensionDecided(emailStores(), stored, extension, now);
  if (told !== 'sent' && told !== 'already-sent') logger.info('extension decision not told', { deploymentId: stored.id, outcome: told });
  return json(200, { deployment, told });
});
