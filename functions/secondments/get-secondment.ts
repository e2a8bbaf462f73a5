import { openSecondment } from '#shared/secondments/access.js';
import { secondmentPathSchema } from '#shared/secondments/schema.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();

/** GET /admin/secondments/{id}: the secondment, its state today and its history; another country's is a 404 to an NCB. */
export const handler = staffHandler({ name: 'getSecondment', path: secondmentPathSchema }, async ({ path, principal, now }) => {
  const secondment = await openSecondment(secondments, principal, path.id);
  return json(200, { secondment: secondmentView(secondment, now), history: await secondments.history(secondment.id) });
});
