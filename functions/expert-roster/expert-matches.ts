import { listAll } from '#shared/applications/list-all.js';
import { matchExperts } from '#shared/expert-roster/matching.js';
import { expertCallPathSchema } from '#shared/expert-roster/schema.js';
import { openCall } from '#shared/nomination/call.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { tableStores } from '../stores/table-stores.js';
import { rosterDependencies } from './expert-stores.js';

/** GET /admin/experts/matches/{vacancy}: the call, when its post runs, and the experts of its field with why each matches; 404 for no call. */
export const handler = staffHandler({ name: 'listExpertMatches', path: expertCallPathSchema }, async ({ path, now }) => {
  const { vacancies, applications } = tableStores();
  const call = await openCall(vacancies, path.vacancy);
  const [experts, applied] = await Promise.all([rosterDependencies().roster.list(), listAll(applications, { vacancy: call.number })]);
  return json(200, matchExperts(call, experts, applied.map((application) => application.email), now));
});
