import { vacancyPathSchema } from '#shared/vacancies/schema.js';
import { vacancyHistory } from '#shared/vacancies/staff-vacancies.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { vacancyStore } from '../../stores/vacancy-store.js';

const vacancies = vacancyStore();

/** GET /admin/vacancies/{number}/history: every change, oldest first: who, when, each field from and to. */
export const handler = staffHandler({ name: 'vacancyHistory', path: vacancyPathSchema }, async ({ path }) =>
  json(200, { items: await vacancyHistory(vacancies, path.number) }, { 'Cache-Control': 'no-store' }),
);
