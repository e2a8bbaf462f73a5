import { ncbVacancies } from '#shared/ncb/ncb-vacancies.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { applicationQueries } from '../../stores/application-stores.js';
import { vacancyStore } from '../../stores/vacancy-store.js';

const stores = { vacancies: vacancyStore(), applications: applicationQueries() };

/** GET /admin/ncb-vacancies: the NCB officer's country's applications per published vacancy, and what waits for the NCB. */
export const handler = staffHandler({ name: 'listNcbVacancies' }, async ({ principal, now }) =>
  json(200, await ncbVacancies(stores, principal, now), { 'Cache-Control': 'no-store' }),
);
