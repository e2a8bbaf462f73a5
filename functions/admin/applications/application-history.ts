import { applicationHistory } from '#shared/admin/application-history.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { applicationReads } from '../../stores/application-stores.js';
import { staffApplicationPath } from './staff-application-path.js';

const applications = applicationReads();

/** GET /admin/applications/{id}/history: the audit trail, oldest first; another country's id is 404 for an NCB. */
export const handler = staffHandler({ name: 'staffApplicationHistory', path: staffApplicationPath }, async ({ path, principal }) =>
  json(200, await applicationHistory(applications, principal, path.id), { 'Cache-Control': 'no-store' }),
);
