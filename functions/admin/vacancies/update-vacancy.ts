import { endApplicationsOfCancelledVacancy } from '#shared/admin/cancelled-vacancy.js';
import { vacancyPathSchema } from '#shared/vacancies/schema.js';
import { updateVacancy } from '#shared/vacancies/save-vacancy.js';
import { NotFound } from '#shared/errors.js';
import { staffHandler } from '../../http/staff-handler.js';
import { stageProfile } from '../../profile.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';

const { vacancies, applications } = tableStores();
// A sending unit's calls name their mission; a receiving organisation's vacancies refuse the field (shared/profiles/profile.ts).
const { postUpdate } = stageProfile();

const postCount = async (vacancy: string) => {
  const terms = await applications.vacancyTerms(vacancy);
  if (!terms) throw new NotFound(`There is no vacancy ${vacancy}.`);
  return terms;
};

/**
 * PUT /admin/vacancies/{number}: the whole vacancy at the version read; 409 stale or posts below
 * those held, 422 forbidden move or broken rules. A cancelled vacancy's open applications are
 * ended (rejected, reason vacancy-cancelled) after the save; saving it again finishes a run cut short.
 */
export const handler = staffHandler(
  { name: 'updateVacancy', path: vacancyPathSchema, body: postUpdate },
  async ({ path, body, principal, now }) => {
    const { vacancy } = await updateVacancy(vacancies, principal, path.number, body, now, postCount);
    if (vacancy.status === 'cancelled') await endApplicationsOfCancelledVacancy(applications, principal, vacancy.number, now);
    return json(200, vacancy);
  },
);
