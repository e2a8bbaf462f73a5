import { vacancyUpdateSchema } from '#shared/vacancies/edit-schema.js';
import { vacancyPathSchema } from '#shared/vacancies/schema.js';
import { updateVacancy } from '#shared/vacancies/save-vacancy.js';
import { staffHandler } from '../../http/http-handler.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';

const { vacancies } = tableStores();

/** PUT /admin/vacancies/{number}: the whole vacancy at the version read; 409 stale, 422 forbidden move or broken rules. */
export const handler = staffHandler(
  { name: 'updateVacancy', path: vacancyPathSchema, body: vacancyUpdateSchema },
  async ({ path, body, principal, now }) => json(200, (await updateVacancy(vacancies, principal, path.number, body, now)).vacancy),
);
