import { ValidationFailed } from '../errors.js';
import type { MissionPost } from './mission.js';
import type { OrganisationProfile } from './profile.js';

/**
 * A post must be of the stage's kind (issue 18, point 2): a sending unit's call names its mission
 * (and a role category the profile knows); a receiving organisation's vacancy names none.
 */
export const assertPostKind = (profile: Pick<OrganisationProfile, 'postKind' | 'roleCategories'>, post: { mission?: MissionPost | undefined }): void => {
  if (profile.postKind === 'mission-post' && !post.mission) {
    throw new ValidationFailed([{ path: 'body.mission', message: 'A call for a mission post names its mission, organisation, role category, rank sought and the mission\'s deadline.' }]);
  }
  if (profile.postKind === 'vacancy' && post.mission) {
    throw new ValidationFailed([{ path: 'body.mission', message: 'This organisation recruits to its own vacancies: leave out mission.' }]);
  }
  if (post.mission && !profile.roleCategories.includes(post.mission.roleCategory)) {
    throw new ValidationFailed([{ path: 'body.mission.roleCategory', message: 'Not a role category of this unit.' }]);
  }
};
