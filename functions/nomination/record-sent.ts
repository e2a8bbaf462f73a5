import { nominationPathSchema, nominationSentBodySchema } from '#shared/nomination/schema.js';
import { recordNominationSent } from '#shared/nomination/steps.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { nominationDependencies } from './nomination-stores.js';

/** POST .../sent `{version, sentOn}`: 200 the row; 409 not nominated, answered or stale; 400 a day to come or before the nomination. */
export const handler = staffHandler({ name: 'recordNominationSent', path: nominationPathSchema, body: nominationSentBodySchema }, async ({ path, body, principal, now }) => {
  const { outcome, row } = await recordNominationSent(nominationDependencies(), principal, path.vacancy, path.id, body, now);
  return json(200, { outcome, row });
});
