import { nominate } from '#shared/nomination/nominate.js';
import { nominateBodySchema, nominationPathSchema } from '#shared/nomination/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { nominationDependencies } from './nomination-stores.js';

/**
 * POST /admin/nominations/{vacancy}/applications/{id} `{version}`: 201 the row nominated (200 when
 * it already was); 409 every place taken (naming who holds them) or stale (with `current`); 422 a
 * candidate not interviewed, incomplete, or before the national deadline has passed.
 */
export const handler = staffHandler({ name: 'nominate', path: nominationPathSchema, body: nominateBodySchema }, async ({ path, body, principal, now }) => {
  const { outcome, row } = await nominate(nominationDependencies(), principal, path.vacancy, path.id, body.version, now);
  return json(outcome === 'nominated' ? 201 : 200, { outcome, row });
});
