import { listExperts } from '#shared/expert-roster/roster.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { rosterDependencies } from './expert-stores.js';

/** GET /admin/experts: the whole roster, by family name then given name. */
export const handler = staffHandler({ name: 'listExperts' }, async () => json(200, { items: await listExperts(rosterDependencies().roster) }));
