import { getPublicVacancy } from '#shared/vacancies/catalogue.js';
import { vacancyPathSchema } from '#shared/vacancies/schema.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const vacancies = vacancyStore();

/** GET /vacancies/{number}: one published vacancy, or 404. */
export const handler = httpHandler({ name: 'getVacancy', path: vacancyPathSchema }, async ({ path, now }) =>
  json(200, await getPublicVacancy(vacancies, path.number, now)),
);
