import { addExpert } from '#shared/expert-roster/roster.js';
import { expertCreateSchema } from '#shared/expert-roster/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { rosterDependencies } from './expert-stores.js';

/** POST /admin/experts: 201 the record; 409 when the email is already on the roster. */
export const handler = staffHandler({ name: 'addExpert', body: expertCreateSchema }, async ({ body, principal, now }) =>
  json(201, await addExpert(rosterDependencies(), principal, body, now)),
);
