import { randomUUID } from 'node:crypto';
import { makeSecondment } from '#shared/secondments/make.js';
import { secondmentCreateSchema } from '#shared/secondments/schema.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { tableStores } from '../stores/table-stores.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();
const { applications, vacancies } = tableStores();

/** POST /admin/secondments: HR makes an appointed application a secondment; 201 the new one, 200 the one it already became. */
export const handler = staffHandler({ name: 'createSecondment', body: secondmentCreateSchema }, async ({ body, principal, now }) => {
  const { outcome, secondment } = await makeSecondment({ secondments, applications, vacancies, newSecondmentId: randomUUID }, principal, body, now);
  return json(outcome === 'created' ? 201 : 200, { secondment: secondmentView(secondment, now) }, { Location: `/admin/secondments/${secondment.id}` });
});
