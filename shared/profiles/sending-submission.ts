import * as z from '../zod.js';
import { applicationSubmissionFields, checkLanguageLevels, email } from '../applications/schema.js';
import { isoDate, singleLine } from '../text.js';
import { sendingApplicantCategories, type SendingApplicantCategory } from './applicant-categories.js';
import { forceId, type Force } from './forces.js';
import { civilianRoleCategorySchema } from './role-categories.js';

/** Which status fields each category gives (required) and may give (optional); any other is refused by name. */
const statusFields: Readonly<Record<SendingApplicantCategory, { required: readonly string[]; optional: readonly string[] }>> = {
  'serving-police': { required: ['force', 'lineManager', 'lineManagerEmail'], optional: [] },
  'retired-police': { required: ['retiredOn'], optional: ['formerForce'] },
  'civilian-expert': { required: ['expertise', 'onExpertRoster'], optional: [] },
};

const missingMessages: Readonly<Record<string, string>> = {
  force: 'Name your police force: its approver releases you for the mission.',
  lineManager: "Give your line manager's name.",
  lineManagerEmail: "Give your line manager's email address.",
  retiredOn: 'Give the day you retired.',
  expertise: 'Choose your field of expertise.',
  onExpertRoster: "Say whether you are on the unit's roster of deployable experts.",
};

const statusShape = (forces: readonly Force[]) => {
  const known = forceId.check(z.refine((id) => forces.some((force) => force.id === id), 'Not one of this unit\'s forces: choose yours from the list.'));
  return z.strictObject({
    force: z.optional(known),
    lineManager: z.optional(singleLine(200)),
    lineManagerEmail: z.optional(email),
    retiredOn: z.optional(isoDate),
    formerForce: z.optional(known),
    expertise: z.optional(civilianRoleCategorySchema),
    onExpertRoster: z.optional(z.boolean()),
  });
};

/** The status fields must be the applicant's category's: each missing one and each foreign one is named by its path. */
const checkStatusFields = (submission: { category: SendingApplicantCategory; applicantStatus: Record<string, unknown> }, context: z.core.$RefinementCtx): void => {
  const { required, optional } = statusFields[submission.category];
  for (const field of required) {
    if (submission.applicantStatus[field] === undefined) {
      context.addIssue({ code: 'custom', message: missingMessages[field] ?? 'Required.', path: ['applicantStatus', field], input: undefined });
    }
  }
  for (const field of Object.keys(submission.applicantStatus)) {
    if (!required.includes(field) && !optional.includes(field)) {
      context.addIssue({ code: 'custom', message: `Not asked of a ${submission.category} applicant: leave it out.`, path: ['applicantStatus', field], input: submission.applicantStatus[field] });
    }
  }
};

/**
 * `POST /applications` on a sending stage (issue 18, point 3): the receiving form's fields, with
 * the unit's three categories of applicant, no home administration's country (the unit is
 * national; a force or the unit itself releases), and the applicant's status, checked against the
 * category and the stage's forces. `homeAdministration` is the applicant's employer or last force.
 */
export const sendingSubmissionSchema = (forces: readonly Force[]) => {
  const { category: _category, homeAdministrationCountry: _country, ...fields } = applicationSubmissionFields;
  return z
    .strictObject({
      ...fields,
      category: z.enum(sendingApplicantCategories, 'Either serving-police, retired-police or civilian-expert.'),
      applicantStatus: statusShape(forces),
    })
    .check(z.superRefine(checkLanguageLevels), z.superRefine(checkStatusFields));
};
