import type { ApplicationStatus } from '../applications/status-machine.js';
import { receivedTotal, zeroCounts as noCounts, type ApplicationCounts } from '../applications/counts.js';
import type { ApplicationStore } from '../applications/store.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import { vacancyStatuses, type Vacancy, type VacancyStatus } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { mapBounded } from './bounded-parallel.js';

/** One entry of the grid's vacancy switcher: the vacancy, and its applications counted by status. */
export interface VacancySummary {
  vacancy: string;
  title: string;
  /** A sending unit's call's mission (issue 18), named beside the title; absent on a receiving stage's vacancies. */
  mission?: string;
  vacancyStatus: VacancyStatus;
  deadline: string;
  counts: Record<ApplicationStatus, number>;
  total: number;
  incomplete: number;
  /** Applications whose address is not confirmed yet: in none of the counts above, which are of received applications. */
  unconfirmed: number;
}

/** At most this many vacancies are counted at once: one GetItem each (a Query while a vacancy has no counter yet). */
const PARALLEL_COUNTS = 8;

/** A vacancy's entry from its counts: HR's from its counter, an NCB officer's from a count of their country's rows by the same rule. */
const fromCounts = (vacancy: Vacancy, counts: ApplicationCounts): VacancySummary => ({
  vacancy: vacancy.number,
  title: vacancy.title,
  ...(vacancy.mission ? { mission: vacancy.mission.mission } : {}),
  vacancyStatus: vacancy.status,
  deadline: vacancy.deadline,
  counts: { ...counts.byStatus },
  total: receivedTotal(counts),
  incomplete: counts.incomplete,
  unconfirmed: counts.unconfirmed,
});

const NOT_FOR_NCB: ReadonlySet<VacancyStatus> = new Set(['draft', 'cancelled']);

/**
 * `GET /admin/applications/summary`: every vacancy, whatever its status, with its applications
 * counted by status, soonest deadline first. HR and admins see every application, counted by each
 * vacancy's counter (one GetItem, whatever its size); an NCB officer sees the published vacancies
 * and counts their own country's applications only, in one Query on their country.
 */
export const summariseApplications = async (
  stores: { vacancies: VacancyStore; applications: Pick<ApplicationStore, 'tally' | 'counts'> },
  principal: StaffPrincipal,
): Promise<{ items: VacancySummary[] }> => {
  const scope = countryScope(principal);
  // An NCB officer works with published vacancies only: drafts and cancelled ones stay in-house.
  const statuses = scope === undefined ? vacancyStatuses : vacancyStatuses.filter((status) => !NOT_FOR_NCB.has(status));
  const vacancies = (await Promise.all(statuses.map((status) => stores.vacancies.listByStatus(status))))
    .flat()
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.number.localeCompare(b.number));
  if (scope !== undefined) {
    const byVacancy = await stores.applications.tally({ country: scope });
    return { items: vacancies.map((vacancy) => fromCounts(vacancy, byVacancy.get(vacancy.number) ?? noCounts())) };
  }
  const counts = await mapBounded(vacancies, PARALLEL_COUNTS, (vacancy) => stores.applications.counts(vacancy.number));
  return { items: vacancies.map((vacancy, index) => fromCounts(vacancy, counts[index] ?? noCounts())) };
};
