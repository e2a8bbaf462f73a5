import { listSecondments } from '#shared/secondments/list.js';
import { secondmentListQuerySchema } from '#shared/secondments/schema.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();

/** GET /admin/secondments[?scope=all]: HR's current ones by last day; an NCB officer's own country's. */
export const handler = staffHandler({ name: 'listSecondments', query: secondmentListQuerySchema }, async ({ query, principal, now }) =>
  json(200, { secondments: (await listSecondments(secondments, principal, query.scope ?? 'current', now)).map((one) => secondmentView(one, now)) }),
);
