/**
 * Who sees what of a selection (issue 16, point 1), in one place so every route asks the same
 * rules: HR and admins see every panel and every submitted mark; a panel member sees only the
 * vacancies they sit on, only the candidates shortlisted or further, only what the assessment
 * needs of each (never HR's score or note, the NCB's history or contact details), their own
 * marks, and the other members' submitted marks for a candidate once they submitted their own.
 */
import type { Application } from '../applications/application.js';
import type { EducationLevel } from '../applications/schema.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import type { Eligibility, Judgement, Verdict } from '../eligibility/eligibility.js';
import { Forbidden, NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { CefrLevel } from '../vacancies/notice-schema.js';
import type { Marks } from './marks.js';
import type { Panel } from './panel.js';

/** The statuses of a candidate the panel assesses: shortlisted, and every forward step after it. */
export const assessedStatuses = ['shortlisted', 'tested', 'interviewed', 'offered', 'appointed'] as const satisfies readonly ApplicationStatus[];

export const isAssessed = (status: ApplicationStatus): boolean => (assessedStatuses as readonly ApplicationStatus[]).includes(status);

/** Who reads a selection: HR (or an admin), or a member of its panel, who may be its chair. */
export type Viewer = { kind: 'hr'; email: string } | { kind: 'member'; email: string; chair: boolean };

const isHr = (principal: StaffPrincipal) => principal.groups.includes('hr') || principal.groups.includes('admin');

/** Whether the principal sits on the panel: in the `panel` group and named among its members. */
export const sitsOn = (principal: StaffPrincipal, panel: Pick<Panel, 'members'>): boolean =>
  principal.groups.includes('panel') && panel.members.includes(principal.email);

/**
 * The principal as a viewer of this vacancy's panel. Anyone else (a panel member of another
 * vacancy) gets the same 404 as for a vacancy with no panel: they learn nothing of it.
 */
export const viewerOf = (principal: StaffPrincipal, panel: Panel | undefined, vacancy: string): Viewer => {
  if (panel && sitsOn(principal, panel)) return { kind: 'member', email: principal.email, chair: panel.chair === principal.email };
  if (isHr(principal)) {
    if (!panel) throw new NotFound(`Vacancy ${vacancy} has no selection panel yet.`);
    return { kind: 'hr', email: principal.email };
  }
  throw new NotFound(`No selection panel of vacancy ${vacancy} is yours to see.`);
};

/** A member's own marks, whatever their state, or undefined. */
export const ownMarks = (viewer: Viewer, marks: readonly Marks[]): Marks | undefined =>
  viewer.kind === 'member' ? marks.find((mark) => mark.member === viewer.email) : undefined;

/**
 * The marks of one candidate a viewer may read: HR every submitted one; a member their own (a
 * draft too) and, once their own is submitted, every other submitted one. Drafts of others never.
 */
export const visibleMarks = (viewer: Viewer, marks: readonly Marks[]): Marks[] => {
  const submitted = marks.filter((mark) => mark.state === 'submitted');
  if (viewer.kind === 'hr') return submitted;
  const own = ownMarks(viewer, marks);
  if (own?.state === 'submitted') return submitted;
  return own ? [own] : [];
};

/**
 * How many members have submitted marks for a candidate, for a viewer who may read those marks:
 * before their own submission a member is not told even how far the others have got.
 */
export const visibleSubmissions = (viewer: Viewer, marks: readonly Marks[]): number | undefined => {
  if (viewer.kind === 'member' && ownMarks(viewer, marks)?.state !== 'submitted') return undefined;
  return marks.filter((mark) => mark.state === 'submitted').length;
};

/** A requirement as the panel reads it: the NCB's clearance judgement is left out (the NCB's part, not the assessment's). */
export type AssessedJudgement = Exclude<Judgement, { requirement: 'clearance' }>;

/** What the assessment needs of a candidate, and nothing else. */
export interface CandidateView {
  applicationId: string;
  name: string;
  status: ApplicationStatus;
  nationality: string;
  currentTitle: string;
  yearsOfExperience: number;
  languages: Array<{ language: string; level?: CefrLevel }>;
  education?: EducationLevel;
  eligibility: { verdict: Verdict; judgements: AssessedJudgement[] };
  /** Whether a CV was received (`GET .../candidates/{id}/cv` links to it). */
  hasCv: boolean;
  submittedAt: string;
}

/**
 * The candidate as a panel reads them: a list of allowed fields, so a field added to the
 * application later stays out until someone decides the panel needs it.
 */
export const candidateView = (application: Application, eligibility: Eligibility): CandidateView => ({
  applicationId: application.id,
  name: [application.givenName, application.familyName].filter(Boolean).join(' '),
  status: application.status,
  nationality: application.nationality,
  currentTitle: application.currentTitle,
  yearsOfExperience: application.yearsOfExperience,
  languages: application.languages.map((language) => {
    const level = application.languageLevels?.[language];
    return level ? { language, level } : { language };
  }),
  ...(application.education ? { education: application.education } : {}),
  eligibility: {
    verdict: eligibility.verdict,
    judgements: eligibility.judgements.filter((judgement): judgement is AssessedJudgement => judgement.requirement !== 'clearance'),
  },
  hasCv: application.documents.cv !== undefined,
  submittedAt: application.submittedAt,
});

/** How many of the candidates a member has not submitted marks for yet. */
export const unsubmittedBy = (member: string, candidates: readonly Pick<Application, 'id'>[], marks: readonly Marks[]): number => {
  const submitted = new Set(marks.filter((mark) => mark.member === member && mark.state === 'submitted').map((mark) => mark.applicationId));
  return candidates.filter((candidate) => !submitted.has(candidate.id)).length;
};

/**
 * Whether the viewer may read the ranking: HR always; a member, the chair too, once they have
 * submitted marks for every candidate they assess. The ranking gives each criterion's mean, lowest
 * and highest score and the number of submissions: with one other member's marks in, those are
 * that member's scores, so a chair reading it early would see marks before giving their own (and
 * the ranking could sway a mark still to give). The chair marks too, and recommends once submitted.
 */
export const checkRankingAccess = (viewer: Viewer, candidates: readonly Pick<Application, 'id'>[], marks: readonly Marks[]): void => {
  if (viewer.kind === 'hr') return;
  const left = unsubmittedBy(viewer.email, candidates, marks);
  if (left > 0) throw new Forbidden(`The ranking opens to you once you have submitted your marks for every candidate: ${left} left.`);
};
