import { NotFound } from '../errors.js';
import { dateIn } from '../time/zoned.js';
import { currentStatus, earliestOpenDeadline } from './deadline.js';
import { isAdvertised, type Vacancy, type VacancyStatus } from './schema.js';
import type { VacancyStore } from './store.js';

/** What the public may see: never drafts, nor a notice before its publication day. */
export const isPublic = (vacancy: Vacancy, now: Date): boolean =>
  vacancy.status !== 'draft' && vacancy.publishedAt <= dateIn(now, vacancy.timeZone);

/** As the public sees it now; a stored item's bookkeeping (its version) stays inside. */
const asOf = (vacancy: Vacancy & { version?: number }, now: Date): Vacancy => {
  const { version: _version, ...shown } = vacancy;
  return { ...shown, status: currentStatus(vacancy, now) };
};

const byDeadlineThenNumber = (a: Vacancy, b: Vacancy) =>
  a.deadline.localeCompare(b.deadline) || a.number.localeCompare(b.number);

const PUBLIC_STATUSES: readonly VacancyStatus[] = ['open', 'closed', 'filled', 'cancelled'];

/** The public list: vacancies taking applications now, or with `all`, every published one; never one not advertised. */
export const listPublicVacancies = async (
  store: VacancyStore,
  now: Date,
  scope: 'open' | 'all',
): Promise<Vacancy[]> => {
  const stored =
    scope === 'open'
      ? await store.listByStatus('open', earliestOpenDeadline(now))
      : (await Promise.all(PUBLIC_STATUSES.map((status) => store.listByStatus(status)))).flat();
  return stored
    .filter((vacancy) => isPublic(vacancy, now) && isAdvertised(vacancy))
    .map((vacancy) => asOf(vacancy, now))
    .filter((vacancy) => scope === 'all' || vacancy.status === 'open')
    .sort(byDeadlineThenNumber);
};

/** One published vacancy; one not advertised is not found, as a draft. */
export const getPublicVacancy = async (store: VacancyStore, number: string, now: Date): Promise<Vacancy> => {
  const vacancy = await store.get(number);
  if (!vacancy || !isPublic(vacancy, now) || !isAdvertised(vacancy)) throw new NotFound(`There is no published vacancy ${number}.`, { key: 'problem.notFound.publishedVacancy', values: { number } });
  return asOf(vacancy, now);
};
