import { listPublicVacancies } from '#shared/vacancies/catalogue.js';
import { vacancyListQuerySchema } from '#shared/vacancies/schema.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const vacancies = vacancyStore();

/** GET /vacancies: the open vacancies; `?status=all` for every published one. */
export const handler = httpHandler({ name: 'listVacancies', query: vacancyListQuerySchema }, async ({ query, now }) =>
  json(200, { items: await listPublicVacancies(vacancies, now, query.status) }),
);
