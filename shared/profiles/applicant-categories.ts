import type { CivilianRoleCategory } from './role-categories.js';

/**
 * Who may apply to a sending unit's call (issue 18, point 3): a serving police officer, a retired
 * one, or a civilian expert. A receiving organisation's categories are in ../applications/schema.ts.
 */
export const sendingApplicantCategories = ['serving-police', 'retired-police', 'civilian-expert'] as const;
export type SendingApplicantCategory = (typeof sendingApplicantCategories)[number];

/**
 * What a sending unit's applicant says of their status, by category: a serving officer their force
 * (whose approver releases them) and line manager; a retired officer the day they retired (and
 * their last force); a civilian expert their field and whether they are on the unit's roster of
 * deployable experts. Absent on a receiving organisation's applications.
 */
export interface ApplicantStatus {
  force?: string;
  lineManager?: string;
  lineManagerEmail?: string;
  retiredOn?: string;
  formerForce?: string;
  expertise?: CivilianRoleCategory;
  onExpertRoster?: boolean;
}
