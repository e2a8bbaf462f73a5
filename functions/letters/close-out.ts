import { closeOut } from '#shared/letters/close-out.js';
import { lettersPathSchema } from '#shared/letters/requests.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { letterDependencies } from './letter-stores.js';
import { ROUTE_ROOM_MS, sendBudget } from './send-budget.js';

/** POST /admin/letters/{vacancy}/close-out: everyone still open rejected through the status machine, each told once; a second run finishes a first. */
export const handler = staffHandler({ name: 'closeOutVacancy', path: lettersPathSchema }, async ({ principal, path, now, context }) => {
  const result = await closeOut(letterDependencies(), principal, path.vacancy, now, sendBudget(context, ROUTE_ROOM_MS));
  return json(200, { vacancy: result.vacancy, ended: result.ended, letters: result.letters });
});
