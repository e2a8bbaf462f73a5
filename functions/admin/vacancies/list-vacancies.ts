import { listStaffVacancies } from '#shared/vacancies/staff-vacancies.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { vacancyStore } from '../../stores/vacancy-store.js';

const vacancies = vacancyStore();

/** GET /admin/vacancies: every vacancy, drafts too, newest deadline first, each with its version, without its notice's body. */
export const handler = staffHandler({ name: 'listStaffVacancies' }, async ({ now }) =>
  json(200, { items: await listStaffVacancies(vacancies, now) }, { 'Cache-Control': 'no-store' }),
);
