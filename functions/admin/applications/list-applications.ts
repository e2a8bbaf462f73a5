import { applicationListQuerySchema } from '#shared/admin/application-row.js';
import { listApplications } from '#shared/admin/list-applications.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { applicationQueries, applicationTerms } from '../../stores/application-stores.js';

const applications = { ...applicationQueries(), ...applicationTerms() };

/** GET /admin/applications: a page of the grid, by vacancy and/or country; an NCB sees only its own. */
export const handler = staffHandler({ name: 'listStaffApplications', query: applicationListQuerySchema }, async ({ query, principal, now }) =>
  json(200, await listApplications(applications, principal, query, now), { 'Cache-Control': 'no-store' }),
);
