import { openWithStatusToken } from '#shared/applications/access.js';
import { bookSlot } from '#shared/interviews/book.js';
import { interviewView } from '#shared/interviews/candidate-view.js';
import { bookingBodySchema } from '#shared/interviews/slot.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from '../applications/application-path.js';
import { interviewDependencies } from './interview-stores.js';

/**
 * PUT /applications/{id}/interview with the status token: the candidate books a slot of their
 * vacancy, or changes to another before the cut-off; a slot someone took first is a 409. Answers
 * the interview as GET does, and whether the confirmation went.
 */
export const handler = httpHandler({ name: 'bookInterview', path: applicationPathSchema, body: bookingBodySchema }, async ({ path, body, event, now }) => {
  const deps = interviewDependencies();
  const application = await openWithStatusToken(await deps.applications.get(path.id), bearerToken(event));
  const { email } = await bookSlot(deps, application, body.slotId, now);
  const invitation = await deps.interviews.invitation(application.vacancy, application.id);
  return json(200, { ...interviewView(invitation, await deps.interviews.slots(application.vacancy), now, application.timeZone), email });
});
