import { isConfirmed, ncbCountry, type Application } from '../applications/application.js';
import { listAll } from '../applications/list-all.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import type { ApplicationStore } from '../applications/store.js';
import { countsAsNomination } from '../admin/nomination-limit.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { ncbPendingItems, type NcbPendingItem } from './waiting.js';

/** One published vacancy as an NCB sees it: its own nationals' applications, and what they wait for from the NCB. */
export interface NcbVacancy {
  number: string;
  title: string;
  location: string;
  timeZone: string;
  deadline: string;
  clearance: Vacancy['clearance'];
  status: Vacancy['status'];
  /** The vacancy's limit of validated applications per country, where it sets one. */
  maxValidatedPerCountry?: number;
  /** The country's received applications (address confirmed), by status. */
  counts: Partial<Record<ApplicationStatus, number>>;
  total: number;
  /** How many of them wait for each thing from the NCB (shared/ncb/waiting.ts). */
  waiting: Record<NcbPendingItem, number>;
  /** How many of them stand validated, counting against the limit. */
  validated: number;
}

const noneWaiting = (): Record<NcbPendingItem, number> => ({ validation: 0, confirmationLetter: 0, letterConfirmation: 0 });

const forVacancy = (vacancy: Vacancy, applications: readonly Application[]): NcbVacancy => {
  const counts: Partial<Record<ApplicationStatus, number>> = {};
  const waiting = noneWaiting();
  for (const application of applications) {
    counts[application.status] = (counts[application.status] ?? 0) + 1;
    for (const item of ncbPendingItems(application, vacancy.clearance)) waiting[item] += 1;
  }
  return {
    number: vacancy.number,
    title: vacancy.title,
    location: vacancy.location,
    timeZone: vacancy.timeZone,
    deadline: vacancy.deadline,
    clearance: vacancy.clearance,
    status: vacancy.status,
    ...(vacancy.maxValidatedPerCountry !== undefined ? { maxValidatedPerCountry: vacancy.maxValidatedPerCountry } : {}),
    counts,
    total: applications.length,
    waiting,
    validated: applications.filter(countsAsNomination).length,
  };
};

/**
 * `GET /admin/ncb-vacancies` (issue 15, point 6): an NCB officer's vacancies, soonest deadline
 * first: every open vacancy (to put forward its officers), and a closed one while an application
 * of its country still waits for the NCB; each with the country's received applications by
 * status and what they wait for. One Query of the country's applications (their home
 * administration's country, as the grid), whatever the number of vacancies.
 */
export const ncbVacancies = async (
  stores: { vacancies: Pick<VacancyStore, 'listByStatus'>; applications: Pick<ApplicationStore, 'list'> },
  principal: StaffPrincipal,
): Promise<{ country: string; items: NcbVacancy[] }> => {
  const country = countryScope(principal);
  // The route admits NCB officers only (functions/routes.ts): HR and administrators have the Vacancies tab.
  if (country === undefined) throw new Error('ncbVacancies answers an NCB officer only.');
  const [open, closed, applications] = await Promise.all([
    stores.vacancies.listByStatus('open'),
    stores.vacancies.listByStatus('closed'),
    listAll(stores.applications, { country }),
  ]);
  const byVacancy = new Map<string, Application[]>();
  for (const application of applications) {
    if (!isConfirmed(application) || ncbCountry(application) !== country) continue;
    byVacancy.set(application.vacancy, [...(byVacancy.get(application.vacancy) ?? []), application]);
  }
  const items = [
    ...open.map((vacancy) => forVacancy(vacancy, byVacancy.get(vacancy.number) ?? [])),
    ...closed.map((vacancy) => forVacancy(vacancy, byVacancy.get(vacancy.number) ?? [])).filter((one) => Object.values(one.waiting).some((count) => count > 0)),
  ].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.number.localeCompare(b.number));
  return { country, items };
};
