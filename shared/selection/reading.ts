/**
 * What the selection's read routes answer, each shaped by the visibility rules (visibility.ts).
 */
import type { Application } from '../applications/application.js';
import { judgeEligibility } from '../eligibility/eligibility.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { withoutDraftMarks } from './draft-audit.js';
import { scaleAnchors, type Marks } from './marks.js';
import type { Panel } from './panel.js';
import { TIE_RULE, rankCandidates, type RankedCandidate } from './ranking.js';
import type { Recommendation } from './recommendation.js';
import type { SelectionAuditEntry, SelectionStores } from './store.js';
import { candidateView, checkRankingAccess, ownMarks, sitsOn, viewerOf, visibleMarks, visibleSubmissions, type CandidateView, type Viewer } from './visibility.js';

type ReadStores = SelectionStores & { vacancies: Pick<VacancyStore, 'get'> };

/** How the viewer sits on a panel, as the answers say it. */
export type Seat = 'hr' | 'chair' | 'member';
const seatOf = (viewer: Viewer): Seat => (viewer.kind === 'hr' ? 'hr' : viewer.chair ? 'chair' : 'member');

export interface PanelAnswer {
  panel: Panel;
  title?: string;
  seat: Seat;
  anchors: typeof scaleAnchors;
}

const titleOf = (vacancy: Pick<Vacancy, 'title'> | undefined) => (vacancy ? { title: vacancy.title } : {});

/** The panels the principal may see: every one for HR, the ones they sit on for a member. */
export const listPanels = async (stores: ReadStores, principal: StaffPrincipal): Promise<{ items: PanelAnswer[] }> => {
  const hr = principal.groups.includes('hr') || principal.groups.includes('admin');
  const panels = hr
    ? await stores.panels.list()
    : (await Promise.all((await stores.panels.vacanciesOf(principal.email)).map((vacancy) => stores.panels.get(vacancy)))).filter(
        (panel): panel is Panel => panel !== undefined && sitsOn(principal, panel),
      );
  const items = await Promise.all(
    panels.map(async (panel) => ({
      panel,
      ...titleOf(await stores.vacancies.get(panel.vacancy)),
      seat: seatOf(viewerOf(principal, panel, panel.vacancy)),
      anchors: scaleAnchors,
    })),
  );
  return { items: items.sort((a, b) => a.panel.vacancy.localeCompare(b.panel.vacancy)) };
};

export const readPanel = async (stores: ReadStores, principal: StaffPrincipal, vacancy: string): Promise<PanelAnswer> => {
  const panel = await stores.panels.get(vacancy);
  const viewer = viewerOf(principal, panel, vacancy);
  return { panel: panel as Panel, ...titleOf(await stores.vacancies.get(vacancy)), seat: seatOf(viewer), anchors: scaleAnchors };
};

export interface CandidateAnswer {
  candidate: CandidateView;
  /** The marks the viewer may read (visibleMarks). */
  marks: Marks[];
  /** For a member: their own marks' state (`none` before the first save). */
  mine?: 'none' | Marks['state'];
  /** How many members have submitted marks for this candidate; for a member, once their own is submitted. */
  submissions?: number;
}

interface SelectionState {
  panel: Panel;
  viewer: Viewer;
  candidates: Application[];
  marks: Marks[];
  vacancy: Vacancy | undefined;
}

const stateOf = async (stores: ReadStores, principal: StaffPrincipal, vacancy: string): Promise<SelectionState> => {
  const panel = await stores.panels.get(vacancy);
  const viewer = viewerOf(principal, panel, vacancy);
  const [candidates, marks, stored] = await Promise.all([stores.candidates.assessed(vacancy), stores.marks.listByVacancy(vacancy), stores.vacancies.get(vacancy)]);
  const byOrder = [...candidates].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id));
  return { panel: panel as Panel, viewer, candidates: byOrder, marks, vacancy: stored };
};

const factsOf = (application: Application) => ({
  yearsOfExperience: application.yearsOfExperience,
  category: application.category,
  ncbValidation: application.ncbValidation,
  languageLevels: application.languageLevels,
  languages: application.languages,
});

/** The candidates before the panel, with what the viewer may read of each and of its marks. */
export const readCandidates = async (stores: ReadStores, principal: StaffPrincipal, vacancy: string): Promise<{ vacancy: string; seat: Seat; items: CandidateAnswer[] }> => {
  const { viewer, candidates, marks, vacancy: stored } = await stateOf(stores, principal, vacancy);
  const judged = stored ?? { clearance: 'Basic' as const, notice: undefined };
  const items = candidates.map((application): CandidateAnswer => {
    const own = marks.filter((mark) => mark.applicationId === application.id);
    const mine = ownMarks(viewer, own);
    const submissions = visibleSubmissions(viewer, own);
    return {
      candidate: candidateView(application, judgeEligibility(judged, factsOf(application))),
      marks: visibleMarks(viewer, own),
      ...(viewer.kind === 'member' ? { mine: mine?.state ?? 'none' } : {}),
      ...(submissions === undefined ? {} : { submissions }),
    };
  });
  return { vacancy, seat: seatOf(viewer), items };
};

export interface RankingAnswer {
  vacancy: string;
  tieRule: string;
  criteria: Panel['criteria'];
  spreadThreshold: number;
  members: number;
  items: Array<RankedCandidate & { name: string; recommendation?: Recommendation }>;
  /** Candidates before the panel that no member has submitted marks for yet. */
  unranked: number;
}

/** The ranking: HR at any time, a member (the chair too) once they submitted marks for every candidate. */
export const readRanking = async (stores: ReadStores, principal: StaffPrincipal, vacancy: string): Promise<RankingAnswer> => {
  const { panel, viewer, candidates, marks } = await stateOf(stores, principal, vacancy);
  checkRankingAccess(viewer, candidates, marks);
  const recommendations = new Map((await stores.recommendations.listByVacancy(vacancy)).map((recommendation) => [recommendation.applicationId, recommendation]));
  const names = new Map(candidates.map((application) => [application.id, [application.givenName, application.familyName].filter(Boolean).join(' ')]));
  const { items, unranked } = rankCandidates(panel.criteria, candidates, marks, panel.spreadThreshold);
  return {
    vacancy,
    tieRule: TIE_RULE,
    criteria: panel.criteria,
    spreadThreshold: panel.spreadThreshold,
    members: panel.members.length,
    items: items.map((item) => {
      const recommendation = recommendations.get(item.applicationId);
      return { ...item, name: names.get(item.applicationId) ?? '', ...(recommendation ? { recommendation } : {}) };
    }),
    unranked,
  };
};

/** The selection's history, for HR: a saved draft says which criteria changed, never its scores or comments, however old the entry. */
export const readHistory = async (stores: ReadStores, principal: StaffPrincipal, vacancy: string): Promise<{ vacancy: string; items: SelectionAuditEntry[] }> => {
  viewerOf(principal, await stores.panels.get(vacancy), vacancy);
  return { vacancy, items: (await stores.panels.history(vacancy)).map(withoutDraftMarks) };
};
