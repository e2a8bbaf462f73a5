import { lettersOverview } from '#shared/letters/overview.js';
import { lettersPathSchema } from '#shared/letters/requests.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { letterDependencies } from './letter-stores.js';

/** GET /admin/letters/{vacancy}: every letter kind, automatic or not, and how many are due now. */
export const handler = staffHandler({ name: 'lettersOverview', path: lettersPathSchema }, async ({ path, now }) => json(200, await lettersOverview(letterDependencies(), path.vacancy, now)));
