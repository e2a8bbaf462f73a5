import { openWithStatusToken } from '#shared/applications/access.js';
import { invitationOf } from '#shared/written-tests/answering.js';
import { candidateTestView } from '#shared/written-tests/candidate-view.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from '../applications/application-path.js';
import { applicationReads } from '../stores/application-stores.js';
import { writtenTestStore } from './written-test-stores.js';

const applications = applicationReads();
const writtenTests = writtenTestStore();

/** GET /applications/{id}/written-test with the status token: the test invited to, and the answer given. */
export const handler = httpHandler({ name: 'getCandidateWrittenTest', path: applicationPathSchema }, async ({ path, event, now }) => {
  const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
  const found = await invitationOf({ writtenTests }, application);
  return json(200, candidateTestView(found?.invitation, found?.test, now, application.timeZone));
});
