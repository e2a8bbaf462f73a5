/** The stage's organisation profile as the page carries it (functions/admin/pages/page-profile.ts), read once. */
import type { StaffPageProfile } from '../page-profile.js';

const receiving: StaffPageProfile = { postKind: 'vacancy', applicantCategories: ['law-enforcement', 'government-official'], roleCategories: [], forces: [] };

const read = (): StaffPageProfile => {
  try {
    const parsed = JSON.parse(document.body.dataset.profile ?? '') as Partial<StaffPageProfile>;
    return {
      postKind: parsed.postKind === 'mission-post' ? 'mission-post' : 'vacancy',
      applicantCategories: Array.isArray(parsed.applicantCategories) ? parsed.applicantCategories : receiving.applicantCategories,
      roleCategories: Array.isArray(parsed.roleCategories) ? parsed.roleCategories : [],
      forces: Array.isArray(parsed.forces) ? parsed.forces : [],
    };
  } catch {
    // A page served before the attribute existed (a cached copy during a deployment): a receiving organisation's, as before.
    return receiving;
  }
};

export const stageProfile: StaffPageProfile = read();
