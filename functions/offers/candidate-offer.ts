import { openWithStatusToken } from '#shared/applications/access.js';
import { applicationVacancyGone } from '#shared/applications/application-problems.js';
import { candidateOffer } from '#shared/offers/candidate-view.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from '../applications/application-path.js';
import { applicationReads } from '../stores/application-stores.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const applications = applicationReads();
const vacancies = vacancyStore();

/** GET /applications/{id}/offer with the status token: the offer, its answer-by in the duty station's zone, whether it may be answered now. */
export const handler = httpHandler({ name: 'getCandidateOffer', path: applicationPathSchema }, async ({ path, event, now }) => {
  const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
  const vacancy = await vacancies.get(application.vacancy);
  if (!vacancy) throw applicationVacancyGone();
  return json(200, candidateOffer(application, vacancy.timeZone, now), { 'Cache-Control': 'no-store' });
});
