import type { ApplicantCategory } from '../applications/schema.js';
import type { ApplicantStatus } from '../profiles/applicant-categories.js';

/**
 * The fields of a sending unit's applicant's status (issue 18, point 3) that staff read, each with
 * the categories whose applicants give it (as shared/profiles/sending-submission.ts asks them), in
 * the order the grid and the export show them.
 */
export const applicantStatusFields: ReadonlyArray<{ key: keyof ApplicantStatus; givenBy: readonly ApplicantCategory[] }> = [
  { key: 'force', givenBy: ['serving-police'] },
  { key: 'lineManager', givenBy: ['serving-police'] },
  { key: 'lineManagerEmail', givenBy: ['serving-police'] },
  { key: 'retiredOn', givenBy: ['retired-police'] },
  { key: 'formerForce', givenBy: ['retired-police'] },
  { key: 'expertise', givenBy: ['civilian-expert'] },
  { key: 'onExpertRoster', givenBy: ['civilian-expert'] },
];

/**
 * The status fields a stage's staff see: those some category of its applicants gives. A receiving
 * stage's categories give none, so its grid and files have no status column at all.
 */
export const statusFieldsOf = (applicantCategories: readonly ApplicantCategory[]): Array<keyof ApplicantStatus> =>
  applicantStatusFields.filter((field) => field.givenBy.some((category) => applicantCategories.includes(category))).map((field) => field.key);

/** A force as the stage lists it; one it no longer lists, by its id. */
export const forceName = (forces: ReadonlyArray<{ id: string; name: string }>, id: string | undefined): string | undefined =>
  id === undefined ? undefined : (forces.find((force) => force.id === id)?.name ?? id);
