/**
 * The offer-lapse job's rule (issue 16, point 7): an offer not answered by the end of its
 * answer-by day in the duty station lapses. The application ends (withdrawn, `endedBecause:
 * 'offer-lapsed'`), its offer says when, and its post is freed, in one transaction at the version
 * read: a rerun, or two runs at once, find it ended and write nothing; a missed run is made up by
 * the next, which finds every offer whose day has ended since.
 */
import { listAll } from '../applications/list-all.js';
import type { Application } from '../applications/application.js';
import { StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import type { VacancyStore } from '../vacancies/store.js';
import { vacancyStatuses, type Vacancy } from '../vacancies/schema.js';
import { isLapsing } from './answer-by.js';

export interface LapseDependencies {
  applications: Pick<ApplicationStore, 'get' | 'update' | 'list'>;
  vacancies: Pick<VacancyStore, 'listByStatus'>;
}

export interface LapseRun {
  lapsed: number;
  /** Offers whose application changed under the run (answered at the last moment, HR's edit): judged again next run. */
  skipped: number;
}

const PAGE = 200;

/** A vacancy's applications with an offer outstanding (pattern 6, the byStatus index; no Scan). */
const offeredOf = (applications: LapseDependencies['applications'], vacancy: string): Promise<Application[]> => listAll(applications, { vacancy, status: 'offered' }, { pageSize: PAGE });

/** Lapses one application's offer if it still lapses; false when it no longer does (answered, ended, changed). */
const lapseOne = async (applications: LapseDependencies['applications'], read: Application, vacancy: Pick<Vacancy, 'timeZone'>, now: Date): Promise<boolean> => {
  let application: Application | undefined = read;
  for (let attempt = 1; attempt <= 3 && application; attempt += 1) {
    const { offer } = application;
    if (application.status !== 'offered' || !offer || !isLapsing(offer, vacancy.timeZone, now)) return false;
    const at = now.toISOString();
    const audit: AuditEntry = {
      at,
      by: 'system',
      action: 'offer-lapsed',
      changes: { status: { from: 'offered', to: 'withdrawn' }, endedBecause: { from: null, to: 'offer-lapsed' } },
    };
    try {
      await applications.update(application.id, application.version, { status: 'withdrawn', endedBecause: 'offer-lapsed', offer: { ...offer, lapsedAt: at }, updatedAt: at }, audit, application);
      return true;
    } catch (error) {
      if (!(error instanceof StaleVersion)) throw error;
      application = await applications.get(application.id);
    }
  }
  return false;
};

/** Every vacancy that may hold an offer: any but a draft (a vacancy filled or closed may still have one outstanding). */
const vacanciesWithOffers = async (vacancies: LapseDependencies['vacancies']): Promise<Vacancy[]> =>
  (await Promise.all(vacancyStatuses.filter((status) => status !== 'draft').map((status) => vacancies.listByStatus(status)))).flat();

export const lapseOffers = async (deps: LapseDependencies, now: Date): Promise<LapseRun> => {
  const run: LapseRun = { lapsed: 0, skipped: 0 };
  for (const vacancy of await vacanciesWithOffers(deps.vacancies)) {
    for (const application of await offeredOf(deps.applications, vacancy.number)) {
      if (!application.offer || !isLapsing(application.offer, vacancy.timeZone, now)) continue;
      if (await lapseOne(deps.applications, application, vacancy, now)) run.lapsed += 1;
      else run.skipped += 1;
    }
  }
  return run;
};
