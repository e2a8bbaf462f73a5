import type { APIGatewayProxyResult } from 'aws-lambda';
import { removeExpert } from '#shared/expert-roster/roster.js';
import { expertPathSchema } from '#shared/expert-roster/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { rosterDependencies } from './expert-stores.js';

const NO_CONTENT: APIGatewayProxyResult = { statusCode: 204, headers: {}, body: '' };

/** DELETE /admin/experts/{id}: 204, also when the expert is gone already. */
export const handler = staffHandler({ name: 'removeExpert', path: expertPathSchema }, async ({ path, principal, now }) => {
  await removeExpert(rosterDependencies().roster, principal, path.id, now);
  return NO_CONTENT;
});
