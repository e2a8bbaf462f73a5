import { deploymentReport } from '#shared/deployment/report.js';
import { reportQuerySchema } from '#shared/deployment/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { deploymentDependencies } from './deployment-stores.js';

/** GET /admin/deployments/report?from=&until=: the deployments counted by mission, organisation, category, force and role category. */
export const handler = staffHandler({ name: 'deploymentReport', query: reportQuerySchema }, async ({ query, now }) => {
  const deps = deploymentDependencies();
  return json(200, deploymentReport(await deps.deployments.listAll(), deps.forces, query, now));
});
