/**
 * The staff page's words for a sending unit's calls and applicants (issue 18, points 2 and 3):
 * the mission post's details in the vacancy editor, the role categories, and the applicant's
 * status in the grid. Part of the English catalogue (../en.ts spreads it). The category's own
 * label is `admin.grid.category`, which names every applicant category of either profile.
 */
export const en = {
  'admin.mission.editor.heading': 'The mission post',
  'admin.mission.field.mission': 'Mission',
  'admin.mission.field.mission.hint': 'As the mission calls itself, such as EULEX Kosovo.',
  'admin.mission.field.organisation': 'Run by',
  'admin.mission.organisation': '{organisation, select, EU {European Union (EU)} UN {United Nations (UN)} other {Organization for Security and Co-operation in Europe (OSCE)}}',
  'admin.mission.field.roleCategory': 'Role category',
  'admin.mission.field.rankSought': 'Rank or grade sought',
  'admin.mission.field.rankSought.hint': 'As the mission’s call words it, such as Inspector or above.',
  'admin.mission.field.missionDeadline': 'The mission’s deadline',
  'admin.mission.field.missionDeadline.hint': 'The day nominations must reach the mission: after the national deadline, so the unit can sift and nominate in between.',
  'admin.mission.field.nominationsAllowed': 'Nominations allowed',
  'admin.mission.field.nominationsAllowed.hint': 'How many candidates the unit may nominate for this call, as the mission’s call says.',
  'admin.mission.field.deadline': 'National deadline',
  'admin.mission.field.deadline.hint': 'Applications to the unit close at the end of this day in the duty station’s time zone.',
  'admin.mission.role.police': 'Police roles',
  'admin.mission.role.civilian': 'Civilian roles',
  'admin.mission.role.executivePolicing': 'Executive policing',
  'admin.mission.role.training': 'Training',
  'admin.mission.role.monitoringAndReporting': 'Monitoring and reporting',
  'admin.mission.role.mentoringAndAdvising': 'Mentoring and advising',
  'admin.mission.role.programmeAndProjectManagement': 'Programme and project management',
  'admin.mission.role.borderMonitoring': 'Border monitoring',
  'admin.mission.role.fieldOfficeManagement': 'Running field offices and missions',
  'admin.mission.role.humanRights': 'Human rights',
  'admin.mission.role.ruleOfLaw': 'Rule of law',
  'admin.mission.role.media': 'Media',
  'admin.mission.role.programmeManagement': 'Programme management',
  'admin.mission.role.policeTraining': 'Police training',
  'admin.mission.role.politicalAffairs': 'Political affairs',
  'admin.mission.role.goodGovernance': 'Good governance',
  'admin.mission.role.democratisation': 'Promoting democracy',
  'admin.mission.callTitle': '{title} ({mission})',
  'admin.mission.column.mission': 'Mission',
  'admin.mission.column.missionDeadline': 'Mission’s deadline',
  'admin.mission.column.force': 'Force',
  'admin.mission.column.lineManager': 'Line manager',
  'admin.mission.column.lineManagerEmail': 'Line manager’s email',
  'admin.mission.column.retiredOn': 'Retired on',
  'admin.mission.column.formerForce': 'Former force',
  'admin.mission.column.expertise': 'Expertise',
  'admin.mission.column.onExpertRoster': 'On the experts’ roster',
  'admin.mission.onExpertRoster': '{answer, select, yes {Yes} other {No}}',
} as const satisfies Record<string, string>;

export type MissionStaffKey = keyof typeof en;
export type MissionStaffCatalogue = Readonly<Record<MissionStaffKey, string>>;
