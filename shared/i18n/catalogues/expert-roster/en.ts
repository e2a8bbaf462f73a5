/**
 * The invitation to apply a sending unit sends to a deployable civilian expert on its roster whose
 * field matches a call (issue 18, point 7; shared/expert-roster/emails.ts), in the expert's
 * language. Part of the English catalogue (../en.ts spreads it); English types the other languages
 * (ExpertRosterCatalogue). Keys under `email.` so the emails' surface (../surfaces.ts) carries them;
 * the ten civilian fields are said here too, since the pages' words for them are not an email's.
 */
export const en = {
  'email.invitation.subject': 'Invitation to apply: call {number}, {title} ({mission})',
  'email.invitation.intro': 'The unit is recruiting for call {number}, {title}, a post in {mission}, and invites you to apply.',
  'email.invitation.call': 'Call: {number}, {title}; duty station: {location}',
  'email.invitation.mission':
    'Mission: {mission}, run by {organisation, select, EU {the European Union} UN {the United Nations} other {the Organization for Security and Co-operation in Europe (OSCE)}}',
  'email.invitation.role': 'Role category: {field}',
  'email.invitation.deadline': 'Apply by: {deadline}',
  'email.invitation.missionDeadline': 'The mission’s deadline: {date}; the unit nominates its candidates to the mission before then',
  'email.invitation.why':
    'You are receiving this invitation because you are on the unit’s roster of deployable civilian experts and your field of expertise, {field}, is the one this post asks for.',
  'email.invitation.whyRoster': 'You are receiving this invitation because you are on the unit’s roster of deployable civilian experts.',
  'email.invitation.apply': 'To apply, <link>fill in the call’s form</link>: it sets out what the post asks for and what to send.',
  'email.invitation.choice':
    'Whether you apply is your choice. Whatever you decide, you stay on the roster: not applying to this call changes nothing, and the unit will keep you in mind for other posts in your field.',
  'email.invitation.signature': 'The international secondments team',
  'email.invitation.field.borderMonitoring': 'Border monitoring',
  'email.invitation.field.fieldOfficeManagement': 'Running field offices and missions',
  'email.invitation.field.humanRights': 'Human rights',
  'email.invitation.field.ruleOfLaw': 'Rule of law',
  'email.invitation.field.media': 'Media',
  'email.invitation.field.programmeManagement': 'Programme management',
  'email.invitation.field.policeTraining': 'Police training',
  'email.invitation.field.politicalAffairs': 'Political affairs',
  'email.invitation.field.goodGovernance': 'Good governance',
  'email.invitation.field.democratisation': 'Promoting democracy',
} as const;

export type ExpertRosterCatalogue = Record<keyof typeof en, string>;
