import { applicantCategories, type ApplicantCategory } from '../applications/schema.js';

/**
 * The categories of officials a notice is open to, read from its audience sentence ("This vacancy
 * announcement pertains to law enforcement and/or governmental officials ... only"). A notice that
 * names one category only is open to that one; one that names neither, or has no such sentence
 * (vacancies stored before notices had a body), is open to both, as the form has always been.
 */
export const eligibleCategories = (audience: string | undefined): readonly ApplicantCategory[] => {
  const lawEnforcement = /\blaw[- ]enforcement\b/i.test(audience ?? '');
  const government = /\bgovernment(?:al)?\b/i.test(audience ?? '');
  if (lawEnforcement && !government) return ['law-enforcement'];
  if (government && !lawEnforcement) return ['government-official'];
  return applicantCategories;
};
