import type { ApplicantCategory } from '#shared/applications/schema.js';
import type { Force } from '#shared/profiles/forces.js';
import type { OrganisationProfile } from '#shared/profiles/profile.js';
import type { RoleCategory } from '#shared/profiles/role-categories.js';

/**
 * What the staff page's script needs of the stage's organisation profile (issue 18): what a post
 * is, who may apply, the role categories a call names and the forces. The page carries it as data
 * (`data-profile` on its body), so the script never asks which profile it is: it reads the values.
 */
export interface StaffPageProfile {
  postKind: OrganisationProfile['postKind'];
  applicantCategories: readonly ApplicantCategory[];
  roleCategories: readonly RoleCategory[];
  forces: readonly Force[];
}

export const staffPageProfile = (profile: OrganisationProfile): StaffPageProfile => ({
  postKind: profile.postKind,
  applicantCategories: profile.applicantCategories,
  roleCategories: profile.roleCategories,
  forces: profile.forces,
});
