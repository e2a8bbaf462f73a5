import { ncbVacancies } from '#shared/ncb/ncb-vacancies.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { applicationQueries } from '../../stores/application-stores.js';
import { vacancyStore } from '../../stores/vacancy-store.js';
import { circularStores } from '../../stores/circular-stores.js';

const stores = { vacancies: vacancyStore(), applications: applicationQueries(), circulars: circularStores().circulars };

/** GET /admin/ncb-vacancies: the NCB officer's country's applications per published vacancy, what waits for the NCB, and whether the vacancy's circular reached it and was acknowledged. */
export const handler = staffHandler({ name: 'listNcbVacancies' }, async ({ principal, now }) =>
  json(200, await ncbVacancies(stores, principal, now), { 'Cache-Control': 'no-store' }),
);
