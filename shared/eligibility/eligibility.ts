/**
 * Whether an application meets what its vacancy's notice asks (issue 15, point 4): each
 * requirement judged met, unmet or unknown, with what the notice asks and what the application
 * says, so HR reads the reason. It is advice for HR and never rejects anyone by itself.
 */
import { attestedClearance, covers } from '../applications/clearance.js';
import type { Application } from '../applications/application.js';
import type { ApplicantCategory } from '../applications/schema.js';
import { cefrLevels, type CefrLevel } from '../vacancies/notice-schema.js';
import type { Clearance, Vacancy } from '../vacancies/schema.js';
import { eligibleCategories } from './categories.js';
import { requirementsOf } from '../profiles/requirements.js';

export const verdicts = ['met', 'unmet', 'unknown'] as const;
export type Verdict = (typeof verdicts)[number];

/** One requirement judged; the fields say what was compared, for the reason shown to HR. */
export type Judgement =
  | { requirement: 'experience'; verdict: Verdict; minimumYears: number; years: number }
  | {
      requirement: 'language';
      verdict: Verdict;
      need: 'required' | 'asset';
      language: string;
      level?: CefrLevel;
      stated: boolean;
      statedLevel?: CefrLevel;
      /** Alternatives ("English or French"): the languages of which one is enough, in the notice's order, this one among them. */
      oneOf?: readonly string[];
    }
  | { requirement: 'category'; verdict: Verdict; category: ApplicantCategory; eligible: readonly ApplicantCategory[] }
  | { requirement: 'clearance'; verdict: Verdict; required: Clearance; attested?: Clearance; decision?: 'validated' | 'declined' };

export interface Eligibility {
  /** Unmet when a required thing is unmet; else unknown when one cannot be judged yet; else met. Assets never decide it. */
  verdict: Verdict;
  judgements: Judgement[];
}

/**
 * What the application says of the candidate. A language may come with the CEFR level the
 * candidate gave (the form asks it since issue 15), inline or in `languageLevels` as stored; an
 * application made before says only the language, and its level is then unknown.
 */
export type ApplicantFacts = Pick<Application, 'yearsOfExperience' | 'category' | 'ncbValidation' | 'languageLevels'> & {
  languages: ReadonlyArray<string | { language: string; level?: CefrLevel }>;
};

const levelRank = (level: CefrLevel): number => cefrLevels.indexOf(level);

const languageJudgement = (
  requirement: NonNullable<NonNullable<Vacancy['notice']>['languages']>[number],
  stated: ReadonlyMap<string, CefrLevel | undefined>,
): Judgement => {
  const base = { requirement: 'language' as const, need: requirement.need, language: requirement.language, ...(requirement.level ? { level: requirement.level } : {}) };
  if (!stated.has(requirement.language)) return { ...base, verdict: 'unmet', stated: false };
  const statedLevel = stated.get(requirement.language);
  const withLevel = { ...base, stated: true, ...(statedLevel ? { statedLevel } : {}) };
  // The notice names no level: speaking the language meets it.
  if (!requirement.level) return { ...withLevel, verdict: 'met' };
  if (!statedLevel) return { ...withLevel, verdict: 'unknown' };
  return { ...withLevel, verdict: levelRank(statedLevel) >= levelRank(requirement.level) ? 'met' : 'unmet' };
};

const clearanceJudgement = (required: Clearance, validation: ApplicantFacts['ncbValidation']): Judgement => {
  const base = { requirement: 'clearance' as const, required };
  if (!validation) return { ...base, verdict: 'unknown' };
  if (validation.decision === 'declined') return { ...base, verdict: 'unmet', decision: 'declined' };
  const attested = attestedClearance(validation);
  return { ...base, decision: 'validated', ...(attested ? { attested } : {}), verdict: covers(attested, required) ? 'met' : 'unmet' };
};

/** Best first: alternatives are met when one is, unknown when none is met but one cannot be judged. */
const verdictRank: Record<Verdict, number> = { met: 0, unknown: 1, unmet: 2 };

/** What decides: every requirement, alternatives counted once with their best verdict; assets never. */
const decidingVerdicts = (judgements: readonly Judgement[]): Verdict[] => {
  const verdicts: Verdict[] = [];
  const alternatives = new Map<string, Verdict>();
  for (const judgement of judgements) {
    if (judgement.requirement !== 'language') verdicts.push(judgement.verdict);
    else if (judgement.need === 'asset') continue;
    else if (!judgement.oneOf) verdicts.push(judgement.verdict);
    else {
      const group = judgement.oneOf.join(' ');
      const best = alternatives.get(group);
      if (best === undefined || verdictRank[judgement.verdict] < verdictRank[best]) alternatives.set(group, judgement.verdict);
    }
  }
  return [...verdicts, ...alternatives.values()];
};

const overall = (judgements: readonly Judgement[]): Verdict => {
  const deciding = decidingVerdicts(judgements);
  if (deciding.includes('unmet')) return 'unmet';
  if (deciding.includes('unknown')) return 'unknown';
  return 'met';
};

/** Judges an application against its vacancy: the notice's experience and languages, the category, the clearance the NCB attested (where an NCB validates). */
export const judgeEligibility = (vacancy: Pick<Vacancy, 'clearance' | 'notice'>, applicant: ApplicantFacts): Eligibility => {
  const judgements: Judgement[] = [];
  const minimumYears = vacancy.notice?.experience?.minimumYears;
  if (minimumYears !== undefined) {
    judgements.push({ requirement: 'experience', minimumYears, years: applicant.yearsOfExperience, verdict: applicant.yearsOfExperience >= minimumYears ? 'met' : 'unmet' });
  }
  // A code alone takes its level from the application's languageLevels (stored with it since issue 15, point 3).
  const stated = new Map(applicant.languages.map((entry) => (typeof entry === 'string' ? [entry, applicant.languageLevels?.[entry]] : [entry.language, entry.level])));
  const required = vacancy.notice?.languages ?? [];
  for (const requirement of required) {
    const judgement = languageJudgement(requirement, stated);
    const oneOf = requirement.either === undefined ? [] : required.filter((other) => other.either === requirement.either).map((other) => other.language);
    judgements.push(oneOf.length > 1 && judgement.requirement === 'language' ? { ...judgement, oneOf } : judgement);
  }
  const eligible = eligibleCategories(vacancy.notice?.standing?.audience, applicant.category);
  judgements.push({ requirement: 'category', category: applicant.category, eligible, verdict: eligible.includes(applicant.category) ? 'met' : 'unmet' });
  // The NCB attests the screening where an NCB validates; a sending unit vets its officers before deployment instead.
  if (requirementsOf(applicant.category).includes('ncbValidation')) judgements.push(clearanceJudgement(vacancy.clearance, applicant.ncbValidation));
  return { verdict: overall(judgements), judgements };
};
