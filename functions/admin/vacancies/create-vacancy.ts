import { createVacancy } from '#shared/vacancies/save-vacancy.js';
import { staffHandler } from '../../http/staff-handler.js';
import { stageProfile } from '../../profile.js';
import { json } from '../../http/response.js';
import { vacancyStore } from '../../stores/vacancy-store.js';

const vacancies = vacancyStore();
// A sending unit's calls name their mission; a receiving organisation's vacancies refuse the field (shared/profiles/profile.ts).
const { postCreate } = stageProfile();

/** POST /admin/vacancies: a new draft or open vacancy; 409 when the number exists, 422 when the secondment rules are broken. */
export const handler = staffHandler({ name: 'createVacancy', body: postCreate }, async ({ body, principal, now }) =>
  json(201, await createVacancy(vacancies, principal, body, now)),
);
