import { listPublicVacancies } from '#shared/vacancies/catalogue.js';
import { vacancyListQuerySchema, type Vacancy } from '#shared/vacancies/schema.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const vacancies = vacancyStore();

/** A vacancy's header: the list stays small (a notice is some 10 KB), `GET /vacancies/{number}` has the notice. */
const header = ({ notice: _notice, ...fields }: Vacancy): Vacancy => fields;

/** GET /vacancies: the open vacancies' headers; `?status=all` for every published one. */
export const handler = httpHandler({ name: 'listVacancies', query: vacancyListQuerySchema }, async ({ query, now }) =>
  json(200, { items: (await listPublicVacancies(vacancies, now, query.status)).map(header) }),
);
