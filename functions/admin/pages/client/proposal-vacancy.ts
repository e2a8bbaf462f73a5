/**
 * A short-term vacancy drafted from a proposal (issue 15, point 7): HR matches a proposal to a unit's
 * need, and where no published short-term vacancy fits, writes one from the proposal in the match
 * dialog. The draft takes the proposal's areas (as title and unit), its duration and the screening
 * the NCB attested; HR completes the rest. It is checked with the vacancy form's own schema
 * (vacancy-form.ts: checkVacancy). No DOM here, so it is tested alone.
 */
import type { ProposalView } from '#shared/proposals/proposal.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

/** The match dialog's fields for a new vacancy: the vacancy form's (vacancyFieldSpecs), less those a short-term one settles. */
export const matchVacancyFields = [
  'number',
  'title',
  'unit',
  'reportingTo',
  'location',
  'timeZone',
  'grade',
  'durationMonths',
  'clearance',
  'publishedAt',
  'deadline',
] as const satisfies ReadonlyArray<keyof Vacancy>;
export type MatchVacancyField = (typeof matchVacancyFields)[number];

/** The vacancy's deadline after its publication: a short-term vacancy made for a proposal is filled by the match, not by the call. */
const DEADLINE_DAYS = 30;

const addDays = (isoDate: string, days: number): string => {
  const at = new Date(`${isoDate}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

/**
 * The inputs' values (as the vacancy form's inputs hold them: text) for a vacancy made from the
 * proposal: published today and open, at the organisation's seat as a new vacancy is (vacancies-view.ts).
 * `areasTitle` words the areas as HR reads them.
 */
export const vacancyDraftFromProposal = (
  proposal: Pick<ProposalView, 'offer' | 'screening'>,
  { today, areasTitle, areasUnit }: { today: string; areasTitle: string; areasUnit: string },
): Record<string, string> => ({
  number: '',
  title: areasTitle,
  unit: areasUnit,
  reportingTo: '',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '',
  durationMonths: String(proposal.offer.durationMonths),
  clearance: proposal.screening.clearance,
  publishedAt: today,
  deadline: addDays(today, DEADLINE_DAYS),
  // Settled for a vacancy made for a proposal: one short-term post, published at once.
  posts: '1',
  secondmentType: 'short-term',
  status: 'open',
});

/** Whether a vacancy may take a proposal: a published short-term one still open. */
export const takesProposals = (vacancy: Pick<Vacancy, 'secondmentType' | 'status'>): boolean => vacancy.secondmentType === 'short-term' && vacancy.status === 'open';
