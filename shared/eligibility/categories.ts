import { applicantCategories, type ApplicantCategory } from '../applications/schema.js';
import { sendingApplicantCategories } from '../profiles/applicant-categories.js';

/**
 * Which audience a notice names each category under: police (serving or retired) are law
 * enforcement; a government official and a sending unit's civilian expert are the notice's
 * "governmental officials", the officials who are not police.
 */
const audienceOf: Readonly<Record<ApplicantCategory, 'law-enforcement' | 'government'>> = {
  'law-enforcement': 'law-enforcement',
  'government-official': 'government',
  'serving-police': 'law-enforcement',
  'retired-police': 'law-enforcement',
  'civilian-expert': 'government',
};

/** The categories of the applicant's own profile (the two profiles' are disjoint). */
const categoriesBeside = (category: ApplicantCategory): readonly ApplicantCategory[] =>
  (sendingApplicantCategories as readonly string[]).includes(category) ? sendingApplicantCategories : applicantCategories;

/**
 * The categories of officials a notice is open to, read from its audience sentence ("This vacancy
 * announcement pertains to law enforcement and/or governmental officials ... only"), among the
 * categories of the applicant's profile (a receiving organisation's by default). A notice that
 * names one audience only is open to its categories; one that names neither, or has no such
 * sentence (vacancies stored before notices had a body, a mission's call), is open to all, as the
 * form has always been.
 */
export const eligibleCategories = (audience: string | undefined, beside: ApplicantCategory = 'law-enforcement'): readonly ApplicantCategory[] => {
  const lawEnforcement = /\blaw[- ]enforcement\b/i.test(audience ?? '');
  const government = /\bgovernment(?:al)?\b/i.test(audience ?? '');
  const categories = categoriesBeside(beside);
  if (lawEnforcement && !government) return categories.filter((category) => audienceOf[category] === 'law-enforcement');
  if (government && !lawEnforcement) return categories.filter((category) => audienceOf[category] === 'government');
  return categories;
};
