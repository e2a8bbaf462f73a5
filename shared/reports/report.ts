/**
 * Reads what the reports count, through the existing access patterns only (docs/data-model.md,
 * "Reports"): the published vacancies (pattern 3), each one's applications (pattern 6) and, where
 * the status cannot say every stage reached, an application's history (pattern 12), each vacancy's
 * kept counts (`STATS#<n>`), the secondments (pattern 51, both partitions), the purged secondments'
 * kept counts (`SECONDMENT_STATS`) and HR's list. No Scan.
 */
import { mapBounded } from '../admin/bounded-parallel.js';
import type { Application } from '../applications/application.js';
import { listAll } from '../applications/list-all.js';
import type { ApplicationStore, AuditEntry } from '../applications/store.js';
import type { SecondmentStatisticsSource } from '../retention/secondment-statistics.js';
import type { RetentionStatistics } from '../retention/statistics.js';
import type { RetentionStore } from '../retention/store.js';
import type { SecondmentStore } from '../secondments/store.js';
import type { VacancyStatus } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { reportFigures, type ReportFigures, type ReportedVacancy } from './figures.js';
import { reportNeedsHistory } from './pipeline.js';
import type { UnderRepresentedStore } from './under-represented.js';

export interface ReportSources {
  vacancies: Pick<VacancyStore, 'listByStatus'>;
  applications: Pick<ApplicationStore, 'list' | 'history'>;
  retention: Pick<RetentionStore, 'record'> & SecondmentStatisticsSource;
  secondments: Pick<SecondmentStore, 'listNotEnded' | 'listEndingFrom'>;
  underRepresented: Pick<UnderRepresentedStore, 'get'>;
}

/**
 * Every status of a published vacancy (a draft has no applications), in the order a vacancy moves
 * through them: read one after another in this order, a vacancy HR closes, fills or cancels while
 * the report reads is met by a later Query, never missed by both (a reopening, closed back to open
 * during the few milliseconds between two Queries, is the one move that could be).
 */
const publishedStatuses: readonly VacancyStatus[] = ['open', 'closed', 'filled', 'cancelled'];

const publishedVacancies = async (vacancies: ReportSources['vacancies']) => {
  const lists = [];
  for (const status of publishedStatuses) lists.push(await vacancies.listByStatus(status));
  return lists;
};
/** Vacancies read at once, and histories at once within one: enough to overlap the round trips, few enough not to throttle. */
const VACANCIES_IN_FLIGHT = 4;
const HISTORIES_IN_FLIGHT = 16;
/** Before any recorded end: the ended partition read whole. */
const EVER = '0000-01-01';

type CountedApplication = { application: Application; history?: readonly AuditEntry[] };

export const buildReportFigures = async (sources: ReportSources, now: Date): Promise<ReportFigures> => {
  const [vacancyLists, notEnded, ended, keptSecondments, underRepresented] = await Promise.all([
    publishedVacancies(sources.vacancies),
    sources.secondments.listNotEnded({}),
    sources.secondments.listEndingFrom(EVER),
    sources.retention.secondmentStatistics(),
    sources.underRepresented.get(),
  ]);
  // A vacancy that changed status between the four Queries is listed twice: counted once.
  const vacancies: ReportedVacancy[] = [...new Map(vacancyLists.flat().map((vacancy) => [vacancy.number, vacancy])).values()];
  const applications = new Map<string, CountedApplication[]>();
  const kept = new Map<string, RetentionStatistics>();
  await mapBounded(vacancies, VACANCIES_IN_FLIGHT, async (vacancy) => {
    const [listed, record] = await Promise.all([listAll(sources.applications, { vacancy: vacancy.number }), sources.retention.record(vacancy.number)]);
    applications.set(
      vacancy.number,
      await mapBounded(listed, HISTORIES_IN_FLIGHT, async (application) =>
        reportNeedsHistory(application) ? { application, history: await sources.applications.history(application.id) } : { application },
      ),
    );
    if (record && record.statistics.total > 0) kept.set(vacancy.number, record.statistics);
  });
  return reportFigures({ vacancies, applications, kept, secondments: [...notEnded, ...ended], keptSecondments, underRepresented, now });
};
