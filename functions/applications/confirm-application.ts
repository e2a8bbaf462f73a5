import { confirmApplication, confirmationBodySchema } from '#shared/applications/confirmation.js';
import { statusView } from '#shared/applications/status-view.js';
import { applicationVacancyGone } from '#shared/applications/application-problems.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { applicationPathSchema } from './application-path.js';
import { applicationReads, applicationWrites } from '../stores/application-stores.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const applications = { ...applicationReads(), ...applicationWrites() };
const vacancies = vacancyStore();

/**
 * POST /applications/{id}/confirm `{token}`: the token only the receipt email carries confirms
 * the address and takes the one-per-email guard; the same link followed again is answered alike.
 */
export const handler = httpHandler({ name: 'confirmApplication', path: applicationPathSchema, body: confirmationBodySchema }, async ({ path, body, now }) => {
  const { application } = await confirmApplication(applications, path.id, body.token, now);
  const vacancy = await vacancies.get(application.vacancy);
  if (!vacancy) throw applicationVacancyGone();
  return json(200, statusView(application, vacancy, now));
});
