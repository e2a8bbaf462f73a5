import { inviteExperts } from '#shared/expert-roster/invite.js';
import { expertCallPathSchema, expertInvitationSchema } from '#shared/expert-roster/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { invitationDependencies } from './expert-stores.js';

/** POST /admin/experts/invitations/{vacancy} `{experts}`: 200 each one's outcome; 409 a call no longer taking applications; 404 no call. */
export const handler = staffHandler({ name: 'inviteExperts', path: expertCallPathSchema, body: expertInvitationSchema }, async ({ path, body, principal, now, logger }) => {
  const answer = await inviteExperts(invitationDependencies(), principal, path.vacancy, body.experts, now);
  const failed = answer.results.filter((result) => result.outcome === 'failed').length;
  if (failed > 0) logger.info('expert invitations not sent', { vacancy: path.vacancy, failed });
  return json(200, answer);
});
