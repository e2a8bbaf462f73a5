import type { ApplicantCategory } from '../applications/schema.js';

/**
 * What an application may need before it can go forward. A receiving organisation's (the CV, the
 * home administration's confirmation letter through the NCB, the NCB's validation) or a sending
 * unit's (the CV; a serving officer's release by their force, issue 18 point 4).
 */
export type Requirement = 'cv' | 'confirmationLetter' | 'ncbValidation' | 'release';

/**
 * Each category's requirements, in the order they are listed to the candidate. The two profiles'
 * categories are disjoint, so the application's own category says which rules it is under,
 * wherever it is read (a grid row, a reminder, a digest) without the stage's profile in hand.
 */
const requirementsByCategory: Readonly<Record<ApplicantCategory, readonly Requirement[]>> = {
  'law-enforcement': ['cv', 'confirmationLetter', 'ncbValidation'],
  'government-official': ['cv', 'confirmationLetter', 'ncbValidation'],
  // A serving officer cannot be nominated until their force releases them; retired officers and
  // civilian experts answer for themselves.
  'serving-police': ['cv', 'release'],
  'retired-police': ['cv'],
  'civilian-expert': ['cv'],
};

/** A category this code does not know (none is stored today) is held to the receiving organisation's rules, which every application met before profiles. */
export const requirementsOf = (category: ApplicantCategory): readonly Requirement[] =>
  (requirementsByCategory as Partial<Record<string, readonly Requirement[]>>)[category] ?? requirementsByCategory['law-enforcement'];
