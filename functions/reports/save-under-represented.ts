import { saveUnderRepresented, underRepresentedBodySchema } from '#shared/reports/under-represented.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { reportSources } from './report-stores.js';

/** PUT /admin/reports/under-represented {countries, revision}: the whole list at the revision read; audited (HR). */
export const handler = staffHandler({ name: 'saveUnderRepresented', body: underRepresentedBodySchema }, async ({ body, principal, now }) =>
  json(200, await saveUnderRepresented(reportSources().underRepresented, body, principal.email, now)),
);
