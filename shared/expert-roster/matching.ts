/**
 * Which experts on the roster a call for a post could use, and why (issue 18, point 7): pure, so
 * HR's list and its tests read the same rules. Languages and experience are judged by the code that
 * judges applications (../eligibility/eligibility.ts), with the expert as the applicant.
 */
import { comparableAddress } from '../email/address.js';
import { judgeEligibility, type Verdict } from '../eligibility/eligibility.js';
import { personName, sortableName } from '../i18n/names.js';
import type { MissionPost } from '../profiles/mission.js';
import type { CivilianRoleCategory } from '../profiles/role-categories.js';
import { lastDayOf } from '../secondments/months.js';
import { addDays } from '../time/zoned.js';
import { currentStatus } from '../vacancies/deadline.js';
import type { CefrLevel } from '../vacancies/notice-schema.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { RosterExpert } from './expert.js';

/** An expert may join this many days after the post starts and still be met: missions take a late arrival for the rest of the tour. */
export const AVAILABILITY_GRACE_DAYS = 90;

export type MatchCall = Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline' | 'status' | 'durationMonths' | 'endsOn' | 'clearance' | 'notice'> & {
  mission: MissionPost;
};

export type MatchReason =
  | { kind: 'field'; verdict: 'met'; field: CivilianRoleCategory }
  | { kind: 'experience'; verdict: Verdict; minimumYears: number; years: number }
  | { kind: 'language'; verdict: Verdict; language: string; need: 'required' | 'asset'; level?: CefrLevel; statedLevel?: CefrLevel; oneOf?: readonly string[] }
  /** `needFrom`: the last day they may become available (the post's first plus the grace); `needUntil`: the post's last day. */
  | { kind: 'availability'; verdict: Verdict; from: string; until?: string; needFrom: string; needUntil: string }
  | { kind: 'vetting'; verdict: Verdict; expiresOn?: string; needUntil: string };

export interface ExpertMatch {
  expert: Pick<RosterExpert, 'id' | 'email' | 'fields' | 'languages' | 'availableFrom' | 'availableUntil' | 'vettingExpiresOn'> & { name: string };
  verdict: Verdict;
  reasons: MatchReason[];
  /** When they were invited to apply to this call. */
  invitedAt?: string;
  /** An application to this call with their email exists. */
  applied: boolean;
}

export interface ExpertMatches {
  call: Pick<MatchCall, 'number' | 'title' | 'location' | 'timeZone' | 'deadline' | 'status' | 'mission'>;
  period: { from: string; until: string };
  matches: ExpertMatch[];
}

/** When the post runs: from the mission's deadline, for the call's months or until its end. */
export const postPeriod = (call: Pick<MatchCall, 'durationMonths' | 'endsOn' | 'mission'>): { from: string; until: string } => {
  const from = call.mission.missionDeadline;
  if (call.endsOn !== undefined) return { from, until: call.endsOn };
  return { from, until: call.durationMonths !== undefined ? lastDayOf(from, call.durationMonths) : from };
};

const rank: Record<Verdict, number> = { met: 0, unknown: 1, unmet: 2 };
const worst = (verdicts: readonly Verdict[]): Verdict => verdicts.reduce((a, b) => (rank[b] > rank[a] ? b : a), 'met');

const availability = (expert: RosterExpert, period: { from: string; until: string }): MatchReason => {
  // Within the grace, but never after the post's last day: an expert free only once it ended serves none of it.
  const grace = addDays(period.from, AVAILABILITY_GRACE_DAYS);
  const needFrom = grace < period.until ? grace : period.until;
  const met = expert.availableFrom <= needFrom && (expert.availableUntil === undefined || expert.availableUntil >= period.until);
  return {
    kind: 'availability',
    verdict: met ? 'met' : 'unmet',
    from: expert.availableFrom,
    ...(expert.availableUntil !== undefined ? { until: expert.availableUntil } : {}),
    needFrom,
    needUntil: period.until,
  };
};

/** Vetting is done before deployment: none yet is unknown; one that lapses during the post is unmet. */
const vetting = (expert: RosterExpert, period: { until: string }): MatchReason =>
  expert.vettingExpiresOn === undefined
    ? { kind: 'vetting', verdict: 'unknown', needUntil: period.until }
    : { kind: 'vetting', verdict: expert.vettingExpiresOn >= period.until ? 'met' : 'unmet', expiresOn: expert.vettingExpiresOn, needUntil: period.until };

/** Experience and languages, as an application of the expert's would be judged; the notice's audience is the field's matter here. */
const asApplicant = (call: MatchCall, expert: RosterExpert): { verdict: Verdict; reasons: MatchReason[] } => {
  const { standing: _audience, ...notice } = call.notice ?? {};
  const eligibility = judgeEligibility(
    { clearance: call.clearance, notice },
    { category: 'civilian-expert', yearsOfExperience: expert.yearsOfExperience, languages: expert.languages },
  );
  const reasons: MatchReason[] = [];
  for (const judgement of eligibility.judgements) {
    if (judgement.requirement === 'experience') reasons.push({ kind: 'experience', verdict: judgement.verdict, minimumYears: judgement.minimumYears, years: judgement.years });
    if (judgement.requirement === 'language') {
      const { requirement: _requirement, stated: _stated, ...said } = judgement;
      reasons.push({ kind: 'language', ...said });
    }
  }
  return { verdict: eligibility.verdict, reasons };
};

/**
 * `GET /admin/experts/matches/{vacancy}`: the experts one of whose fields is the call's role
 * category (a police role lists none), each judged and with the reasons; met first, then unknown,
 * then unmet, then by name. `appliedEmails`: the addresses of the call's applications.
 */
export const matchExperts = (call: MatchCall, experts: readonly RosterExpert[], appliedEmails: Iterable<string>, now: Date): ExpertMatches => {
  const period = postPeriod(call);
  const applied = new Set([...appliedEmails].map(comparableAddress));
  const field = call.mission.roleCategory;
  const matches = experts
    .filter((expert) => (expert.fields as readonly string[]).includes(field))
    .map((expert): ExpertMatch & { sortName: string } => {
      const judged = asApplicant(call, expert);
      const available = availability(expert, period);
      const vetted = vetting(expert, period);
      const invitation = expert.invitations.find((one) => one.vacancy === call.number);
      return {
        expert: {
          id: expert.id,
          name: personName(expert),
          email: expert.email,
          fields: expert.fields,
          languages: expert.languages,
          availableFrom: expert.availableFrom,
          ...(expert.availableUntil !== undefined ? { availableUntil: expert.availableUntil } : {}),
          ...(expert.vettingExpiresOn !== undefined ? { vettingExpiresOn: expert.vettingExpiresOn } : {}),
        },
        verdict: worst([judged.verdict, available.verdict, vetted.verdict]),
        reasons: [{ kind: 'field', verdict: 'met', field: field as CivilianRoleCategory }, ...judged.reasons, available, vetted],
        ...(invitation ? { invitedAt: invitation.at } : {}),
        applied: applied.has(comparableAddress(expert.email)),
        sortName: sortableName(expert),
      };
    })
    .sort((a, b) => rank[a.verdict] - rank[b.verdict] || a.sortName.localeCompare(b.sortName) || a.expert.id.localeCompare(b.expert.id))
    .map(({ sortName: _sortName, ...match }) => match);
  return {
    call: { number: call.number, title: call.title, location: call.location, timeZone: call.timeZone, deadline: call.deadline, status: currentStatus(call, now), mission: call.mission },
    period,
    matches,
  };
};
