import { NotFound } from '../errors.js';
import { currentStatus } from './deadline.js';
import { vacancyStatuses } from './schema.js';
import type { ManagedVacancyStore, StoredVacancy, VacancyAuditEntry } from './store.js';

/** As staff see a vacancy now: an open one whose deadline day has ended is closed, as for the public. */
export const staffView = (vacancy: StoredVacancy, now: Date): StoredVacancy => ({ ...vacancy, status: currentStatus(vacancy, now) });

const newestDeadlineFirst = (a: StoredVacancy, b: StoredVacancy) =>
  b.deadline.localeCompare(a.deadline) || a.number.localeCompare(b.number);

/** A vacancy without its notice's body (up to 64 KB): what a listing shows; `GET /admin/vacancies/{number}` has the rest. */
const header = ({ notice: _notice, ...rest }: StoredVacancy): StoredVacancy => rest;

/**
 * Every vacancy, drafts included, by its header: one Query per status on the status index (never a
 * Scan). Without the notices, the answer grows a few hundred bytes a vacancy, not up to 64 KB, and
 * stays far from Lambda's 6 MB over the years.
 */
export const listStaffVacancies = async (store: ManagedVacancyStore, now: Date): Promise<StoredVacancy[]> =>
  (await Promise.all(vacancyStatuses.map((status) => store.listByStatus(status))))
    .flat()
    .map((vacancy) => header(staffView(vacancy, now)))
    .sort(newestDeadlineFirst);

export const getStaffVacancy = async (store: ManagedVacancyStore, number: string, now: Date): Promise<StoredVacancy> => {
  const vacancy = await store.get(number);
  if (!vacancy) throw new NotFound(`There is no vacancy ${number}.`);
  return staffView(vacancy, now);
};

export const vacancyHistory = async (store: ManagedVacancyStore, number: string): Promise<VacancyAuditEntry[]> => {
  if (!(await store.get(number))) throw new NotFound(`There is no vacancy ${number}.`);
  return store.history(number);
};
