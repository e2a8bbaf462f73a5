/** A sending unit's words on the staff page (issue 18): role categories, who runs a mission, the applicant's status, in the page's language. */
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import type { MissionOrganisation } from '#shared/profiles/mission.js';
import type { RoleCategory } from '#shared/profiles/role-categories.js';
import { t } from '../../../pages/client/words.js';

export const roleCategoryKeys: Readonly<Record<RoleCategory, MessageKey>> = {
  'executive-policing': 'admin.mission.role.executivePolicing',
  training: 'admin.mission.role.training',
  'monitoring-and-reporting': 'admin.mission.role.monitoringAndReporting',
  'mentoring-and-advising': 'admin.mission.role.mentoringAndAdvising',
  'programme-and-project-management': 'admin.mission.role.programmeAndProjectManagement',
  'border-monitoring': 'admin.mission.role.borderMonitoring',
  'field-office-management': 'admin.mission.role.fieldOfficeManagement',
  'human-rights': 'admin.mission.role.humanRights',
  'rule-of-law': 'admin.mission.role.ruleOfLaw',
  media: 'admin.mission.role.media',
  'programme-management': 'admin.mission.role.programmeManagement',
  'police-training': 'admin.mission.role.policeTraining',
  'political-affairs': 'admin.mission.role.politicalAffairs',
  'good-governance': 'admin.mission.role.goodGovernance',
  democratisation: 'admin.mission.role.democratisation',
};

/** A role category in the page's words; a code no profile knows as it is. */
export const roleCategoryLabel = (category: string): string => (Object.hasOwn(roleCategoryKeys, category) ? t(roleCategoryKeys[category as RoleCategory]) : category);

/** Who runs a mission, named in full with its abbreviation. */
export const missionOrganisationLabel = (organisation: MissionOrganisation): string => t('admin.mission.organisation', { organisation });

/** A call's title with its mission beside it ("Police Adviser (EULEX Kosovo)"); a vacancy without one, its title alone. */
export const callTitle = (title: string, mission: string | undefined): string => (mission ? t('admin.mission.callTitle', { title, mission }) : title);

/** Whether a civilian expert is on the unit's roster, as a code in no language (a saved filter keeps it) and in words. */
export const rosterAnswer = (onRoster: boolean | undefined): 'yes' | 'no' | '' => (onRoster === undefined ? '' : onRoster ? 'yes' : 'no');
export const rosterAnswerLabel = (answer: string): string => (answer ? t('admin.mission.onExpertRoster', { answer }) : '');
