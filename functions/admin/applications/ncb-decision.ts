import { ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { recordNcbDecision } from '#shared/admin/ncb-decision.js';
import { rowOf } from '#shared/admin/vacancy-terms-reader.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';
import { staffApplicationPath } from './staff-application-path.js';

const { applications } = tableStores();

/**
 * POST /admin/applications/{id}/ncb `{version, decision, clearance?, screenedOn?, note?}`: 200 the
 * row; 409 stale or a final application; 422 a screening below the vacancy's level; 404 another country's.
 */
export const handler = staffHandler(
  { name: 'recordNcbDecision', path: staffApplicationPath, body: ncbDecisionSchema },
  async ({ path, body, principal, now }) => {
    const { application } = await recordNcbDecision(applications, principal, path.id, body, now);
    return json(200, await rowOf(applications, application, principal, now));
  },
);
