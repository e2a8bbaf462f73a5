import { ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { toApplicationRow } from '#shared/admin/application-row.js';
import { recordNcbDecision } from '#shared/admin/ncb-decision.js';
import { staffHandler } from '../../http/http-handler.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';
import { staffApplicationPath } from './staff-application-path.js';

const { applications } = tableStores();

/** POST /admin/applications/{id}/ncb `{version, decision, screeningAttested, note?}`: 200 the row; 409 stale; 404 another country's. */
export const handler = staffHandler(
  { name: 'recordNcbDecision', path: staffApplicationPath, body: ncbDecisionSchema },
  async ({ path, body, principal, now }) => {
    const { application } = await recordNcbDecision(applications, principal, path.id, body, now);
    return json(200, toApplicationRow(application, principal));
  },
);
