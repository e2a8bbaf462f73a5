import { openWithStatusToken } from '#shared/applications/access.js';
import { interviewVisibleStatuses } from '#shared/interviews/booking.js';
import { interviewView } from '#shared/interviews/candidate-view.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from '../applications/application-path.js';
import { applicationReads } from '../stores/application-stores.js';
import { interviewStore } from './interview-stores.js';

const applications = applicationReads();
const interviews = interviewStore();

/** GET /applications/{id}/interview with the status token: the invitation, the booked slot, the open ones. */
export const handler = httpHandler({ name: 'getCandidateInterview', path: applicationPathSchema }, async ({ path, event, now }) => {
  const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
  const invitation = interviewVisibleStatuses.includes(application.status) ? await interviews.invitation(application.vacancy, application.id) : undefined;
  const slots = invitation ? await interviews.slots(application.vacancy) : [];
  return json(200, interviewView(invitation, slots, now, application.timeZone));
});
