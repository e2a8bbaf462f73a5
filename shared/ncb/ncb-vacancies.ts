import { isConfirmed, ncbCountry, type Application } from '../applications/application.js';
import { listAll } from '../applications/list-all.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import type { ApplicationStore } from '../applications/store.js';
import { countsAsNomination } from '../admin/nomination-limit.js';
import { ncbCircular, type NcbCircular } from '../circulars/ncb-circular.js';
import type { CircularSend, CircularStore } from '../circulars/store.js';
import { Forbidden } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { isPublic } from '../vacancies/catalogue.js';
import { currentStatus, earliestOpenDeadline } from '../vacancies/deadline.js';
import { isAdvertised, type Vacancy } from '../vacancies/schema.js';
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
  /** The circular's latest edition sent to this NCB, and its acknowledgement; absent while none went. */
  circular?: NcbCircular;
}

const noneWaiting = (): Record<NcbPendingItem, number> => ({ validation: 0, confirmationLetter: 0, letterConfirmation: 0 });

const forVacancy = (vacancy: Vacancy, applications: readonly Application[], sends: readonly CircularSend[] = []): NcbVacancy => {
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
    ...withCircular(ncbCircular(sends)),
  };
};

const withCircular = (circular: NcbCircular | undefined) => (circular ? { circular } : {});

/**
 * `GET /admin/ncb-vacancies` (issue 15, point 6): an NCB officer's vacancies, soonest deadline
 * first: every vacancy open now and published (to put forward its officers), and one closed while
 * an application of its country still waits for the NCB; each with the country's received
 * applications by status and what they wait for. One Query of the country's applications (their
 * home administration's country, as the grid), and the open vacancies from yesterday's deadlines on.
 */
export const ncbVacancies = async (
  stores: { vacancies: Pick<VacancyStore, 'listByStatus' | 'get'>; applications: Pick<ApplicationStore, 'list'>; circulars: Pick<CircularStore, 'countrySends'> },
  principal: StaffPrincipal,
  now: Date,
): Promise<{ country: string; items: NcbVacancy[] }> => {
  // The officer's own country, whatever other group they are in (the route admits NCB officers only).
  const country = principal.country;
  if (!country) throw new Forbidden('Your NCB account has no country: ask an administrator to set it.', { key: 'problem.forbidden.noCountry' });
  const [stored, applications] = await Promise.all([stores.vacancies.listByStatus('open', earliestOpenDeadline(now)), listAll(stores.applications, { country })]);
  const byVacancy = new Map<string, Application[]>();
  for (const application of applications) {
    if (!isConfirmed(application) || ncbCountry(application) !== country) continue;
    byVacancy.set(application.vacancy, [...(byVacancy.get(application.vacancy) ?? []), application]);
  }
  // Open as of now (a deadline passed since reads closed), and published: a future publication date is not yet the NCBs'.
  // One not advertised (a proposal's match made it) is only the NCB's whose nationals it has, never every NCB's.
  const open = stored.filter((vacancy) => isPublic(vacancy, now) && (isAdvertised(vacancy) || byVacancy.has(vacancy.number))).map((vacancy) => ({ ...vacancy, status: currentStatus(vacancy, now) }));
  const shown = new Set(open.filter((vacancy) => vacancy.status === 'open').map((vacancy) => vacancy.number));
  // The others the country's applications name: shown while something of them still waits for the NCB.
  const others = (await Promise.all([...byVacancy.keys()].filter((number) => !shown.has(number)).map((number) => stores.vacancies.get(number))))
    .filter((vacancy): vacancy is Vacancy => vacancy !== undefined && isPublic(vacancy, now) && vacancy.status !== 'cancelled')
    .map((vacancy) => ({ ...vacancy, status: currentStatus(vacancy, now) }));
  const listed = [...open.filter((vacancy) => vacancy.status === 'open'), ...others];
  // The circular sent to this country of each vacancy listed (its sends only, never another country's).
  const sends = await stores.circulars.countrySends(
    listed.map((vacancy) => vacancy.number),
    country,
  );
  const sendsOf = (number: string) => sends.filter((send) => send.number === number && send.country === country);
  const items = [
    ...open.filter((vacancy) => vacancy.status === 'open').map((vacancy) => forVacancy(vacancy, byVacancy.get(vacancy.number) ?? [], sendsOf(vacancy.number))),
    ...others
      .map((vacancy) => forVacancy(vacancy, byVacancy.get(vacancy.number) ?? [], sendsOf(vacancy.number)))
      .filter((one) => Object.values(one.waiting).some((count) => count > 0)),
  ].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.number.localeCompare(b.number));
  return { country, items };
};
