import { editExpert } from '#shared/expert-roster/roster.js';
import { expertPathSchema, expertUpdateSchema } from '#shared/expert-roster/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { rosterDependencies } from './expert-stores.js';

/** PUT /admin/experts/{id} `{..., version}`: 200 the record; 409 stale (with `current`) or an email taken; 404 unknown. */
export const handler = staffHandler({ name: 'editExpert', path: expertPathSchema, body: expertUpdateSchema }, async ({ path, body, principal, now }) =>
  json(200, await editExpert(rosterDependencies().roster, principal, path.id, body, now)),
);
