import { missionAnswerBodySchema, nominationPathSchema } from '#shared/nomination/schema.js';
import { recordMissionAnswer } from '#shared/nomination/steps.js';
import { tellMissionAnswer } from '#shared/nomination/tell.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { emailStores } from '../stores/email-stores.js';
import { nominationDependencies } from './nomination-stores.js';

/**
 * POST .../answer `{version, outcome, answeredOn, note?}`: 200 the row and whether the candidate and
 * the force were told; 409 not sent yet, answered otherwise already, or stale. The same answer
 * again writes nothing and sends only what was not sent.
 */
export const handler = staffHandler({ name: 'recordMissionAnswer', path: nominationPathSchema, body: missionAnswerBodySchema }, async ({ path, body, principal, now, logger }) => {
  const deps = nominationDependencies();
  const { outcome, row, application, call } = await recordMissionAnswer(deps, principal, path.vacancy, path.id, body, now);
  const told = await tellMissionAnswer(emailStores(), application, call, deps.forces, now);
  for (const [reader, outcome] of Object.entries(told)) {
    if (outcome !== 'sent' && outcome !== 'already-sent') logger.info('mission answer not told', { applicationId: path.id, reader, outcome });
  }
  return json(200, { outcome, row, told });
});
