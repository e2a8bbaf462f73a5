import { nominationBoard } from '#shared/nomination/board.js';
import { nominationCallPathSchema } from '#shared/nomination/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { nominationDependencies } from './nomination-stores.js';

/** GET /admin/nominations/{vacancy}: the call, its number of nominations, its interviewed and nominated candidates. */
export const handler = staffHandler({ name: 'listNominations', path: nominationCallPathSchema }, async ({ path, now }) => {
  const deps = nominationDependencies();
  return json(200, await nominationBoard(deps, path.vacancy, deps.forces, now));
});
