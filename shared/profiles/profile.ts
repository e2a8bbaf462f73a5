import * as z from '../zod.js';
import { applicantCategories, applicationSubmissionSchema, type ApplicantCategory, type ApplicationSubmission } from '../applications/schema.js';
import { sendingApplicantCategories } from './applicant-categories.js';
import { forceListSchema, type Force } from './forces.js';
import { roleCategories, type RoleCategory } from './role-categories.js';
import { sendingSubmissionSchema } from './sending-submission.js';
import { missionCallCreateSchema, missionCallUpdateSchema, vacancyCreateSchema, vacancyUpdateSchema, type VacancyCreate, type VacancyUpdate } from '../vacancies/edit-schema.js';

export const profileNames = ['receiving', 'sending'] as const;
export type ProfileName = (typeof profileNames)[number];

/**
 * What one deployment is (issue 18, point 1): the organisation that receives seconded officers
 * (INTERPOL, the default and everything before issue 18) or a national unit that sends its own to
 * missions. The rules read these values; handlers pass the stage's profile on and never ask which it is.
 */
export interface OrganisationProfile {
  name: ProfileName;
  /** Who may apply. */
  applicantCategories: readonly ApplicantCategory[];
  /** The body `POST /applications` takes. */
  applicationSubmission: z.ZodMiniType<ApplicationSubmission, unknown>;
  /** What a post is: a vacancy of the organisation's, or a call for a post in another's mission (which then carries `mission`). */
  postKind: 'vacancy' | 'mission-post';
  /** The bodies HR creates and saves a post with: a call's name its mission, a vacancy's refuse the field. */
  postCreate: z.ZodMiniType<VacancyCreate, unknown>;
  postUpdate: z.ZodMiniType<VacancyUpdate, unknown>;
  /** The role categories a call names (none on a receiving stage: a vacancy names its unit). */
  roleCategories: readonly RoleCategory[];
  /**
   * Who must let the applicant go before the organisation may go on: the NCB of the home
   * administration's country validates every application; a force's approver releases its serving officers.
   */
  release: { by: 'ncb' | 'force'; neededBy: readonly ApplicantCategory[] };
  /** What the selection ends in: the organisation appoints, or the unit nominates to the mission, which selects. */
  selectionEndsIn: 'appointment' | 'nomination';
  /** The forces whose approvers release their officers (empty on a receiving stage). */
  forces: readonly Force[];
}

export const receivingProfile: OrganisationProfile = {
  name: 'receiving',
  applicantCategories,
  applicationSubmission: applicationSubmissionSchema,
  postKind: 'vacancy',
  postCreate: vacancyCreateSchema,
  postUpdate: vacancyUpdateSchema,
  roleCategories: [],
  release: { by: 'ncb', neededBy: applicantCategories },
  selectionEndsIn: 'appointment',
  forces: [],
};

/** A sending unit's profile, with the stage's forces. */
export const sendingProfile = (forces: readonly Force[]): OrganisationProfile => ({
  name: 'sending',
  applicantCategories: sendingApplicantCategories,
  applicationSubmission: sendingSubmissionSchema(forces),
  postKind: 'mission-post',
  postCreate: missionCallCreateSchema,
  postUpdate: missionCallUpdateSchema,
  roleCategories,
  // Retired officers and civilian experts have no force to release them.
  release: { by: 'force', neededBy: ['serving-police'] },
  selectionEndsIn: 'nomination',
  forces,
});

/** A stage's choice as its settings hold it (infra/aws/stages.ts `organisation`, functions/config.ts). */
export const profileSettingSchema = z._default(
  z.discriminatedUnion('profile', [
    z.strictObject({ profile: z.literal('receiving') }),
    z.strictObject({ profile: z.literal('sending'), forces: forceListSchema }),
  ]),
  { profile: 'receiving' },
);
export type ProfileSetting = z.output<typeof profileSettingSchema>;

export const organisationProfile = (setting: ProfileSetting): OrganisationProfile =>
  setting.profile === 'sending' ? sendingProfile(setting.forces) : receivingProfile;
