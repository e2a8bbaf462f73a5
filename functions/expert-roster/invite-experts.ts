import { inviteExperts } from '#shared/expert-roster/invite.js';
import { expertCallPathSchema, expertInvitationSchema } from '#shared/expert-roster/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { ROUTE_ROOM_MS, sendBudget } from '../letters/send-budget.js';
import { invitationDependencies } from './expert-stores.js';

/** POST /admin/experts/invitations/{vacancy} `{experts}`: 200 each one's outcome; 409 a call no longer taking applications; 404 no call. */
export const handler = staffHandler({ name: 'inviteExperts', path: expertCallPathSchema, body: expertInvitationSchema }, async ({ path, body, principal, now, logger, context }) => {
  const answer = await inviteExperts(invitationDependencies(), principal, path.vacancy, body.experts, now, sendBudget(context, ROUTE_ROOM_MS));
  const count = (outcome: string) => answer.results.filter((result) => result.outcome === outcome).length;
  const unrecorded = answer.results.filter((result) => result.recorded === false).length;
  if (count('failed') + count('left') + unrecorded > 0) logger.info('expert invitations not all done', { vacancy: path.vacancy, failed: count('failed'), left: count('left'), unrecorded });
  return json(200, answer);
});
