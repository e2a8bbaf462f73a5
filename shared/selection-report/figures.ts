/**
 * The selection report's figures for a vacancy (issue 16, point 5): how many applied, were
 * eligible, shortlisted, tested and interviewed. Pure: the applications and the histories the
 * stages need are read by the caller (report.ts).
 */
import { isConfirmed, type Application } from '../applications/application.js';
import type { AuditEntry } from '../applications/store.js';
import { judgeEligibility } from '../eligibility/eligibility.js';
import type { Vacancy } from '../vacancies/schema.js';
import { stagesReached } from './stages.js';

export interface SelectionFigures {
  /** Confirmed applications (an unconfirmed one was never made by the address's owner). */
  applied: number;
  /** Of those, the ones meeting every requirement of the notice, or whose flag HR overrode. */
  eligible: number;
  /** Of those applied, the ones whose eligibility cannot be judged yet (a level not given, no NCB validation). */
  eligibilityUnknown: number;
  shortlisted: number;
  tested: number;
  interviewed: number;
}

/** An application and, when its status cannot say every stage reached (stages.ts), its history. */
export interface CountedApplication {
  application: Application;
  history?: readonly AuditEntry[];
}

const factsOf = (application: Application) => ({
  yearsOfExperience: application.yearsOfExperience,
  category: application.category,
  ncbValidation: application.ncbValidation,
  languageLevels: application.languageLevels,
  languages: application.languages,
});

/** Counts a vacancy's applications; the unconfirmed ones are counted nowhere. */
export const countFigures = (vacancy: Pick<Vacancy, 'clearance' | 'notice'>, applications: readonly CountedApplication[]): SelectionFigures => {
  const figures: SelectionFigures = { applied: 0, eligible: 0, eligibilityUnknown: 0, shortlisted: 0, tested: 0, interviewed: 0 };
  for (const { application, history } of applications) {
    if (!isConfirmed(application)) continue;
    figures.applied += 1;
    const verdict = judgeEligibility(vacancy, factsOf(application)).verdict;
    if (verdict === 'met' || application.eligibilityOverride !== undefined) figures.eligible += 1;
    else if (verdict === 'unknown') figures.eligibilityUnknown += 1;
    const reached = stagesReached(application, history);
    if (reached.has('shortlisted')) figures.shortlisted += 1;
    if (reached.has('tested')) figures.tested += 1;
    if (reached.has('interviewed')) figures.interviewed += 1;
  }
  return figures;
};
