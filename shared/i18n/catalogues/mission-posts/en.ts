/**
 * The candidate pages' words on a sending unit's stage (issue 18, points 2 and 3;
 * shared/profiles/): a call for a mission post (the mission, who runs it, the role category, the
 * rank sought, the national and the mission's deadlines), the unit's three kinds of applicant and
 * what each says of their status. Part of the English catalogue (../en.ts spreads it); `form.`
 * keys are said by the candidate pages only (../surfaces.ts), and `form.mission.` ones by their
 * scripts too (functions/pages/client-messages.ts). English types the other languages.
 */
export const en = {
  'form.sending.lead':
    'The unit seconds police officers, serving and retired, and civilian experts to missions of the European Union, the United Nations and the OSCE. Choose an open call, tell us about yourself and attach your CV.',
  'form.sending.who.eligible':
    'Calls are open to <b>serving police officers</b>, <b>retired police officers</b> and <b>civilian experts</b>. A serving officer needs their <b>force’s release</b> for the mission’s period before the unit can nominate them; retired officers and civilian experts need none.',
  'form.sending.who.nomination':
    'After the <b>national deadline</b> the unit sifts the applications and nominates its candidates to the mission before <b>the mission’s own deadline</b>; the mission makes its own selection.',
  'form.sending.none.body': 'New calls for mission posts are published here. Please come back later.',
  'form.sending.step.call': 'Choose a call',
  'form.sending.call': 'Call {number}',
  'form.sending.nationality.hint': 'As in your passport.',
  'form.sending.employer': 'Employer or police force',
  'form.sending.employer.hint': 'Who employs you now. A retired officer names the force they last served in.',
  'form.sending.privacy.use':
    'We use what you send us only to assess your application and run this call. It is seen by the unit’s recruitment team, by your force’s approver if you are a serving officer (to release you for the mission), and by the mission if the unit nominates you. The one exception is your answer about gender, if you give one: nobody sees it, and it is only counted in anonymous totals.',
  'form.category.servingPolice': 'Serving police officer',
  'form.category.retiredPolice': 'Retired police officer',
  'form.category.civilianExpert': 'Civilian expert',
  'form.status.force': 'Your police force',
  'form.status.force.hint': 'Its approver releases you for the mission.',
  'form.status.force.choose': 'Choose your force',
  'form.status.lineManager': 'Your line manager’s name',
  'form.status.lineManagerEmail': 'Your line manager’s email address',
  'form.status.lineManagerEmail.hint': 'Your force may ask them about your release.',
  'form.status.retiredOn': 'The day you retired',
  'form.status.formerForce': 'The force you last served in',
  'form.status.formerForce.none': 'Not in this list',
  'form.status.expertise': 'Your field of expertise',
  'form.status.expertise.choose': 'Choose a field',
  'form.status.onExpertRoster': 'Are you on the unit’s roster of deployable experts?',
  'form.status.onExpertRoster.yes': 'Yes',
  'form.status.onExpertRoster.no': 'No',
  'form.mission.name': 'Mission',
  'form.mission.runBy': 'Run by',
  'form.mission.organisation':
    '{organisation, select, EU {European Union (EU)} UN {United Nations (UN)} other {Organization for Security and Co-operation in Europe (OSCE)}}',
  'form.mission.roleCategory': 'Role category',
  'form.mission.rankSought': 'Rank or grade sought',
  'form.mission.nationalDeadline': 'National deadline: apply by',
  'form.mission.missionDeadline': 'The mission’s deadline',
  'form.mission.missionDeadline.date': '{date}: the unit nominates its candidates to the mission before then',
  'form.mission.role.executivePolicing': 'Executive policing',
  'form.mission.role.training': 'Training',
  'form.mission.role.monitoringAndReporting': 'Monitoring and reporting',
  'form.mission.role.mentoringAndAdvising': 'Mentoring and advising',
  'form.mission.role.programmeAndProjectManagement': 'Programme and project management',
  'form.mission.role.borderMonitoring': 'Border monitoring',
  'form.mission.role.fieldOfficeManagement': 'Running field offices and missions',
  'form.mission.role.humanRights': 'Human rights',
  'form.mission.role.ruleOfLaw': 'Rule of law',
  'form.mission.role.media': 'Media',
  'form.mission.role.programmeManagement': 'Programme management',
  'form.mission.role.policeTraining': 'Police training',
  'form.mission.role.politicalAffairs': 'Political affairs',
  'form.mission.role.goodGovernance': 'Good governance',
  'form.mission.role.democratisation': 'Promoting democracy',
} as const;

export type MissionPostsCatalogue = Record<keyof typeof en, string>;
