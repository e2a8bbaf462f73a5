import { openWithStatusToken } from '#shared/applications/access.js';
import { answerTest } from '#shared/written-tests/answering.js';
import { candidateTestView } from '#shared/written-tests/candidate-view.js';
import { testAnswerBodySchema } from '#shared/written-tests/test.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from '../applications/application-path.js';
import { applicationReads } from '../stores/application-stores.js';
import { writtenTestStore } from './written-test-stores.js';

const applications = applicationReads();
const writtenTests = writtenTestStore();

/** PUT /applications/{id}/written-test with the status token: the candidate confirms, or asks for another time (with a reason), until the test starts. */
export const handler = httpHandler({ name: 'answerWrittenTest', path: applicationPathSchema, body: testAnswerBodySchema }, async ({ path, body, event, now }) => {
  const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
  const { invitation, test } = await answerTest({ writtenTests }, application, body, now);
  return json(200, candidateTestView(invitation, test, now, application.timeZone));
});
