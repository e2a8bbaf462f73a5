import { openWithStatusToken } from '#shared/applications/access.js';
import { statusView } from '#shared/applications/status-view.js';
import { withdrawApplication } from '#shared/applications/withdraw.js';
import { applicationVacancyGone } from '#shared/applications/application-problems.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from './application-path.js';
import { applicationReads, applicationWrites } from '../stores/application-stores.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const applications = { ...applicationReads(), ...applicationWrites() };
const vacancies = vacancyStore();

/** POST /applications/{id}/withdraw with the status token. */
export const handler = httpHandler({ name: 'withdrawApplication', path: applicationPathSchema }, async ({ path, event, now }) => {
  const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
  const withdrawn = await withdrawApplication(applications, application, now);
  const vacancy = await vacancies.get(withdrawn.vacancy);
  if (!vacancy) throw applicationVacancyGone();
  return json(200, statusView(withdrawn, vacancy, now));
});
