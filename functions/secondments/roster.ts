import { readRoster } from '#shared/secondments/roster-read.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();

/** GET /admin/secondments/roster: the serving secondees, one row each, and their counts; an NCB officer's own country's. */
export const handler = staffHandler({ name: 'secondmentRoster' }, async ({ principal, now }) => json(200, await readRoster(secondments, principal, now)));
