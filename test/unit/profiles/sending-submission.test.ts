import { describe, expect, it } from 'vitest';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { organisationProfile, profileSettingSchema, receivingProfile, sendingProfile } from '#shared/profiles/profile.js';
import { sendingSubmissionSchema } from '#shared/profiles/sending-submission.js';
import { aminaSubmission } from '../../support/candidates.js';
import { servingOfficerSubmission, unitForces } from '../../support/sending-unit.js';

const schema = sendingSubmissionSchema(unitForces);

const issues = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe("a sending unit's submission", () => {
  it("takes a serving officer who names their force and line manager, lower-casing the manager's address", () => {
    const parsed = schema.parse(servingOfficerSubmission({ applicantStatus: { force: 'met', lineManager: 'Dan Reyes', lineManagerEmail: 'Dan.Reyes@Met.Police.example' } }));
    expect(parsed.category).toBe('serving-police');
    expect(parsed.applicantStatus).toEqual({ force: 'met', lineManager: 'Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' });
  });

  it('takes a retired officer with the day they retired and, if they like, their last force', () => {
    expect(issues(servingOfficerSubmission({ category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31' } }))).toEqual([]);
    expect(issues(servingOfficerSubmission({ category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31', formerForce: 'police-scotland' } }))).toEqual([]);
  });

  it('takes a civilian expert with a civilian field and whether they are on the roster', () => {
    expect(issues(servingOfficerSubmission({ category: 'civilian-expert', applicantStatus: { expertise: 'rule-of-law', onExpertRoster: false } }))).toEqual([]);
  });

  it("names each field a category needs and is missing, by its path", () => {
    expect(issues(servingOfficerSubmission({ applicantStatus: { force: 'met' } }))).toEqual([
      "applicantStatus.lineManager: Give your line manager's name.",
      "applicantStatus.lineManagerEmail: Give your line manager's email address.",
    ]);
    expect(issues(servingOfficerSubmission({ category: 'civilian-expert', applicantStatus: {} }))).toEqual([
      'applicantStatus.expertise: Choose your field of expertise.',
      "applicantStatus.onExpertRoster: Say whether you are on the unit's roster of deployable experts.",
    ]);
  });

  it("refuses another category's field rather than storing what was not asked", () => {
    expect(issues(servingOfficerSubmission({ category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31', lineManager: 'Dan Reyes' } }))).toEqual([
      'applicantStatus.lineManager: Not asked of a retired-police applicant: leave it out.',
    ]);
  });

  it("refuses a force that is not the unit's, a police category as a civilian's field, and an unknown key", () => {
    expect(issues(servingOfficerSubmission({ applicantStatus: { force: 'atlantis', lineManager: 'A', lineManagerEmail: 'a@b.example' } }))).toEqual([
      "applicantStatus.force: Not one of this unit's forces: choose yours from the list.",
    ]);
    expect(issues(servingOfficerSubmission({ category: 'civilian-expert', applicantStatus: { expertise: 'executive-policing', onExpertRoster: true } }))[0]).toMatch(/^applicantStatus\.expertise: /);
    expect(issues(servingOfficerSubmission({ applicantStatus: { force: 'met', lineManager: 'A', lineManagerEmail: 'a@b.example', badge: '1' } }))[0]).toMatch(/^applicantStatus: Unrecognized key/);
  });

  it("refuses a receiving organisation's category and the home administration's country, which a national unit does not ask", () => {
    expect(issues(servingOfficerSubmission({ category: 'law-enforcement' }))).toEqual(['category: Either serving-police, retired-police or civilian-expert.']);
    expect(issues(servingOfficerSubmission({ homeAdministrationCountry: 'FR' }))[0]).toMatch(/Unrecognized key/);
  });

  it("keeps the receiving form's rules: a level for a language not chosen is named", () => {
    expect(issues(servingOfficerSubmission({ languages: ['en'], languageLevels: { fr: 'B2' } }))).toEqual(['languageLevels.fr: A level only for a language you chose in languages.']);
  });
});

describe('the organisation profile', () => {
  it('is the receiving organisation, with its own schema unchanged, when a stage says nothing', () => {
    expect(organisationProfile(profileSettingSchema.parse(undefined))).toBe(receivingProfile);
    expect(receivingProfile.applicationSubmission).toBe(applicationSubmissionSchema);
    expect(receivingProfile.applicationSubmission.safeParse(servingOfficerSubmission()).success).toBe(false);
    expect(receivingProfile.applicationSubmission.safeParse(aminaSubmission()).success).toBe(true);
  });

  it('sends through forces: only serving officers need release, and the selection ends in a nomination', () => {
    const profile = organisationProfile(profileSettingSchema.parse({ profile: 'sending', forces: unitForces }));
    expect(profile.release).toEqual({ by: 'force', neededBy: ['serving-police'] });
    expect(profile.selectionEndsIn).toBe('nomination');
    expect(profile.roleCategories).toHaveLength(15);
    expect(profile.applicationSubmission.safeParse(servingOfficerSubmission()).success).toBe(true);
    expect(sendingProfile(unitForces).forces).toEqual(unitForces);
  });

  it('refuses a sending unit without forces, or with one id twice', () => {
    expect(profileSettingSchema.safeParse({ profile: 'sending', forces: [] }).error?.issues[0]?.message).toBe('A sending unit names at least one force.');
    expect(profileSettingSchema.safeParse({ profile: 'sending', forces: [unitForces[0], unitForces[0]] }).error?.issues[0]?.message).toBe('Each force id once.');
    expect(profileSettingSchema.safeParse({ profile: 'receiving', forces: unitForces }).success).toBe(false);
  });
});
