import { recordEnd } from '#shared/secondments/end.js';
import { secondmentEndSchema, secondmentPathSchema } from '#shared/secondments/schema.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();

/** POST /admin/secondments/{id}/end `{lastDay, reason, version}`: HR records the end, on time or early. */
export const handler = staffHandler({ name: 'recordSecondmentEnd', path: secondmentPathSchema, body: secondmentEndSchema }, async ({ path, body, principal, now }) =>
  json(200, { secondment: secondmentView(await recordEnd({ secondments }, principal, path.id, body, now), now) }),
);
