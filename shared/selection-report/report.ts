/**
 * The selection report of a vacancy (issue 16, point 5): the vacancy, the figures, the ranking with
 * each criterion's combined mark, the chair's recommendations with reasons, and the panel. Built
 * from the stored data (Queries, no Scan) for HR; once signed off, the stored copy is the report.
 */
import type { Application } from '../applications/application.js';
import { listAll } from '../applications/list-all.js';
import type { ApplicationStore } from '../applications/store.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import { NotFound } from '../errors.js';
import type { Panel } from '../selection/panel.js';
import { TIE_RULE, rankCandidates } from '../selection/ranking.js';
import type { Recommendation } from '../selection/recommendation.js';
import type { SelectionStores } from '../selection/store.js';
import { isAssessed } from '../selection/visibility.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { countFigures, type SelectionFigures } from './figures.js';
import { needsHistory } from './stages.js';

export interface ReportCriterion {
  criterionId: string;
  label: string;
  weight: number;
  /** The mean of the members' submitted scores on it, to 2 decimals. */
  mean: number;
  /** The members' scores differ by more than the panel's threshold. */
  spread: boolean;
}

export interface ReportRow {
  rank: number;
  applicationId: string;
  name: string;
  /** The weighted combined mark, to 2 decimals on the 1 to 5 scale. */
  combined: number;
  criteria: ReportCriterion[];
  /** How many members submitted marks for this candidate. */
  submissions: number;
  recommendation?: Pick<Recommendation, 'decision' | 'reasons' | 'by' | 'at'>;
}

export interface ReportSignOff {
  by: string;
  at: string;
}

export interface SelectionReport {
  vacancy: Pick<Vacancy, 'number' | 'title' | 'unit' | 'location' | 'grade' | 'posts' | 'status' | 'timeZone'>;
  /** When these figures were read: the sign-off's instant for a signed report. */
  generatedAt: string;
  figures: SelectionFigures;
  panel: { chair: string; members: string[]; spreadThreshold: number; criteria: Array<{ id: string; label: string; weight: number }> };
  tieRule: string;
  ranking: ReportRow[];
  /** Candidates before the panel that no member has submitted marks for. */
  unranked: number;
  /** Ranked candidates without the chair's recommendation: sign-off waits until there are none. */
  awaitingRecommendation: number;
  /** Present once HR signed the report off: it no longer changes. */
  signOff?: ReportSignOff;
}

export interface ReportSources {
  vacancies: Pick<VacancyStore, 'get'>;
  applications: Pick<ApplicationStore, 'list' | 'history'>;
  selection: Pick<SelectionStores, 'panels' | 'marks' | 'recommendations'>;
}

/** Histories read at once: one Query each, for the applications whose status cannot say their stages. */
const HISTORIES_IN_FLIGHT = 16;

const nameOf = (application: Application) => [application.givenName, application.familyName].filter(Boolean).join(' ');

const vacancyPart = (vacancy: Vacancy): SelectionReport['vacancy'] => ({
  number: vacancy.number,
  title: vacancy.title,
  unit: vacancy.unit,
  location: vacancy.location,
  grade: vacancy.grade,
  posts: vacancy.posts,
  status: vacancy.status,
  timeZone: vacancy.timeZone,
});

const rankingOf = (panel: Panel, applications: readonly Application[], marks: Awaited<ReturnType<SelectionStores['marks']['listByVacancy']>>, recommendations: readonly Recommendation[]) => {
  const assessed = applications.filter((application) => isAssessed(application.status));
  const { items, unranked } = rankCandidates(panel.criteria, assessed, marks, panel.spreadThreshold);
  const byId = new Map(assessed.map((application) => [application.id, application]));
  const recommended = new Map(recommendations.map((recommendation) => [recommendation.applicationId, recommendation]));
  const criteria = new Map(panel.criteria.map((criterion) => [criterion.id, criterion]));
  const ranking = items.map((item): ReportRow => {
    const recommendation = recommended.get(item.applicationId);
    const application = byId.get(item.applicationId);
    return {
      rank: item.rank,
      applicationId: item.applicationId,
      name: application ? nameOf(application) : '',
      combined: item.combined,
      criteria: item.criteria.map((result) => ({
        criterionId: result.criterionId,
        label: criteria.get(result.criterionId)?.label ?? result.criterionId,
        weight: criteria.get(result.criterionId)?.weight ?? 0,
        mean: result.mean,
        spread: result.spread,
      })),
      submissions: item.submissions,
      ...(recommendation
        ? { recommendation: { decision: recommendation.decision, ...(recommendation.reasons ? { reasons: recommendation.reasons } : {}), by: recommendation.by, at: recommendation.at } }
        : {}),
    };
  });
  return { ranking, unranked };
};

/** The report as the stored data stand now; 404 for a vacancy unknown or without a panel. */
export const buildReport = async (sources: ReportSources, number: string, now: Date): Promise<SelectionReport> => {
  const [vacancy, panel] = await Promise.all([sources.vacancies.get(number), sources.selection.panels.get(number)]);
  if (!vacancy) throw new NotFound(`There is no vacancy ${number}.`);
  if (!panel) throw new NotFound(`Vacancy ${number} has no selection panel yet: its report has no ranking to show.`);
  const [applications, marks, recommendations] = await Promise.all([
    listAll(sources.applications, { vacancy: number }),
    sources.selection.marks.listByVacancy(number),
    sources.selection.recommendations.listByVacancy(number),
  ]);
  const counted = await mapBounded(applications, HISTORIES_IN_FLIGHT, async (application) =>
    needsHistory(application) ? { application, history: await sources.applications.history(application.id) } : { application },
  );
  const { ranking, unranked } = rankingOf(panel, applications, marks, recommendations);
  return {
    vacancy: vacancyPart(vacancy),
    generatedAt: now.toISOString(),
    figures: countFigures(vacancy, counted),
    panel: {
      chair: panel.chair,
      members: [...panel.members],
      spreadThreshold: panel.spreadThreshold,
      criteria: panel.criteria.map((criterion) => ({ id: criterion.id, label: criterion.label, weight: criterion.weight })),
    },
    tieRule: TIE_RULE,
    ranking,
    unranked,
    awaitingRecommendation: ranking.filter((row) => row.recommendation === undefined).length,
  };
};
