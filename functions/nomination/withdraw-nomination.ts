import { nominationPathSchema, withdrawNominationBodySchema } from '#shared/nomination/schema.js';
import { withdrawNomination } from '#shared/nomination/steps.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { nominationDependencies } from './nomination-stores.js';

/** POST .../withdraw `{version, reason}`: 200 the row; 409 once the nomination went to the mission, or stale. */
export const handler = staffHandler({ name: 'withdrawNomination', path: nominationPathSchema, body: withdrawNominationBodySchema }, async ({ path, body, principal, now }) => {
  const { outcome, row } = await withdrawNomination(nominationDependencies(), principal, path.vacancy, path.id, body, now);
  return json(200, { outcome, row });
});
