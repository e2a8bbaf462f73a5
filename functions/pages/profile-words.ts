import type { ApplicantCategory } from '#shared/applications/schema.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import type { ProfileName } from '#shared/profiles/profile.js';
import type { RoleCategory } from '#shared/profiles/role-categories.js';

/** Each category of applicant either profile takes (shared/profiles/profile.ts `applicantCategories`), in the candidate's words. */
export const categoryWords: Readonly<Record<ApplicantCategory, MessageKey>> = {
  'law-enforcement': 'form.category.lawEnforcement',
  'government-official': 'form.category.governmentOfficial',
  'serving-police': 'form.category.servingPolice',
  'retired-police': 'form.category.retiredPolice',
  'civilian-expert': 'form.category.civilianExpert',
};

/** The five police and ten civilian role categories of a mission post (shared/profiles/role-categories.ts). */
export const roleCategoryWords: Readonly<Record<RoleCategory, MessageKey>> = {
  'executive-policing': 'form.mission.role.executivePolicing',
  training: 'form.mission.role.training',
  'monitoring-and-reporting': 'form.mission.role.monitoringAndReporting',
  'mentoring-and-advising': 'form.mission.role.mentoringAndAdvising',
  'programme-and-project-management': 'form.mission.role.programmeAndProjectManagement',
  'border-monitoring': 'form.mission.role.borderMonitoring',
  'field-office-management': 'form.mission.role.fieldOfficeManagement',
  'human-rights': 'form.mission.role.humanRights',
  'rule-of-law': 'form.mission.role.ruleOfLaw',
  media: 'form.mission.role.media',
  'programme-management': 'form.mission.role.programmeManagement',
  'police-training': 'form.mission.role.policeTraining',
  'political-affairs': 'form.mission.role.politicalAffairs',
  'good-governance': 'form.mission.role.goodGovernance',
  democratisation: 'form.mission.role.democratisation',
};

/** What the form says that is the organisation's own: who it is for, what a post is, who releases the applicant, who sees their data. */
export interface ProfileFormWords {
  lead: MessageKey;
  /** The "Who may apply" paragraphs (with `<b>` emphasis). */
  who: readonly [MessageKey, MessageKey];
  noPosts: MessageKey;
  choosePost: MessageKey;
  /** A post's label, with its `{number}`. */
  post: MessageKey;
  nationalityHint: MessageKey;
  homeAdministration: MessageKey;
  homeAdministrationHint: MessageKey;
  privacyUse: MessageKey;
  /** What the form says when no category is chosen, and no employer given (validation.form.empty.*). */
  emptyCategory: MessageKey;
  emptyHomeAdministration: MessageKey;
  /** Whom the pages' footer sends a question to: the NCB, or the unit itself. */
  footer: MessageKey;
  /** Why the gender question is asked, and who never sees the answer (no NCB on a sending stage). */
  genderWhy: MessageKey;
}

export const profileFormWords: Readonly<Record<ProfileName, ProfileFormWords>> = {
  receiving: {
    lead: 'form.lead',
    who: ['form.who.eligible', 'form.who.letter'],
    noPosts: 'form.none.body',
    choosePost: 'form.step.vacancy',
    post: 'form.vacancy',
    nationalityHint: 'form.nationality.hint',
    homeAdministration: 'form.homeAdministration',
    homeAdministrationHint: 'form.homeAdministration.hint',
    privacyUse: 'form.privacy.use',
    emptyCategory: 'validation.form.empty.category',
    emptyHomeAdministration: 'validation.form.empty.homeAdministration',
    footer: 'page.footer',
    genderWhy: 'form.gender.why',
  },
  sending: {
    lead: 'form.sending.lead',
    who: ['form.sending.who.eligible', 'form.sending.who.nomination'],
    noPosts: 'form.sending.none.body',
    choosePost: 'form.sending.step.call',
    post: 'form.sending.call',
    nationalityHint: 'form.sending.nationality.hint',
    homeAdministration: 'form.sending.employer',
    homeAdministrationHint: 'form.sending.employer.hint',
    privacyUse: 'form.sending.privacy.use',
    emptyCategory: 'validation.form.empty.sendingCategory',
    emptyHomeAdministration: 'validation.form.empty.employer',
    footer: 'page.footer.sending',
    genderWhy: 'form.gender.why.sending',
  },
};
