import { vacancyPathSchema } from '#shared/vacancies/schema.js';
import { getStaffVacancy } from '#shared/vacancies/staff-vacancies.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { vacancyStore } from '../../stores/vacancy-store.js';

const vacancies = vacancyStore();

/** GET /admin/vacancies/{number}: one vacancy, a draft too, with its version; or 404. */
export const handler = staffHandler({ name: 'getStaffVacancy', path: vacancyPathSchema }, async ({ path, now }) =>
  json(200, await getStaffVacancy(vacancies, path.number, now), { 'Cache-Control': 'no-store' }),
);
