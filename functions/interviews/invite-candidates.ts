import { invite } from '#shared/interviews/scheduling.js';
import { interviewPathSchema, invitationBodySchema } from '#shared/interviews/slot.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { interviewDependencies } from './interview-stores.js';

/** POST /admin/interviews/{vacancy}/invitations: HR invites shortlisted or tested candidates; each is emailed once. */
export const handler = staffHandler({ name: 'inviteToInterview', path: interviewPathSchema, body: invitationBodySchema }, async ({ principal, path, body, now }) =>
  json(200, { items: await invite(interviewDependencies(), principal, path.vacancy, body.applicationIds, now) }),
);
