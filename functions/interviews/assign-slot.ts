import { assignSlot } from '#shared/interviews/scheduling.js';
import { bookingBodySchema, invitationPathSchema } from '#shared/interviews/slot.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { interviewDependencies } from './interview-stores.js';

/** PUT /admin/interviews/{vacancy}/invitations/{id}: HR assigns an invited candidate a slot (past the cut-off too). */
export const handler = staffHandler({ name: 'assignInterviewSlot', path: invitationPathSchema, body: bookingBodySchema }, async ({ principal, path, body, now }) =>
  json(200, await assignSlot(interviewDependencies(), principal, path.vacancy, path.id, body.slotId, now)),
);
