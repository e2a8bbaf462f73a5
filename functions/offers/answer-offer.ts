import { openWithStatusToken } from '#shared/applications/access.js';
import { answerOffer } from '#shared/offers/answer.js';
import { candidateOffer } from '#shared/offers/candidate-view.js';
import { offerAnswerSchema } from '#shared/offers/schema.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from '../applications/application-path.js';
import { tableStores } from '../stores/table-stores.js';

const { applications, vacancies } = tableStores();

/**
 * PUT /applications/{id}/offer `{decision}` with the status token: the candidate accepts or
 * declines until the end of the answer-by day in the duty station; a second answer is a 409.
 */
export const handler = httpHandler({ name: 'answerOffer', path: applicationPathSchema, body: offerAnswerSchema }, async ({ path, body, event, now }) => {
  const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
  const answered = await answerOffer({ applications, vacancies }, application, body.decision, now);
  const vacancy = await vacancies.get(answered.vacancy);
  return json(200, { status: answered.status, ...candidateOffer(answered, vacancy?.timeZone ?? 'UTC', now) });
});
