import { vacancyCreateSchema } from '#shared/vacancies/edit-schema.js';
import { createVacancy } from '#shared/vacancies/save-vacancy.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { vacancyStore } from '../../stores/vacancy-store.js';

const vacancies = vacancyStore();

/** POST /admin/vacancies: a new draft or open vacancy; 409 when the number exists, 422 when the secondment rules are broken. */
export const handler = staffHandler({ name: 'createVacancy', body: vacancyCreateSchema }, async ({ body, principal, now }) =>
  json(201, await createVacancy(vacancies, principal, body, now)),
);
