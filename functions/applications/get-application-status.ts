import { openWithStatusToken } from '#shared/applications/access.js';
import { statusView } from '#shared/applications/status-view.js';
import { applicationVacancyGone } from '#shared/applications/application-problems.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from './application-path.js';
import { applicationReads } from '../stores/application-stores.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const applications = applicationReads();
const vacancies = vacancyStore();

/** GET /applications/{id} with the status token: status, documents, what is missing, the deadline. */
export const handler = httpHandler({ name: 'getApplicationStatus', path: applicationPathSchema }, async ({ path, event, now }) => {
  const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
  const vacancy = await vacancies.get(application.vacancy);
  if (!vacancy) throw applicationVacancyGone();
  return json(200, statusView(application, vacancy, now));
});
