import { profileNames, type ProfileName, type ProfileSetting } from '#shared/profiles/profile.js';
import { exampleUnitForces } from './forces.js';

export const isProfileName = (value: string): value is ProfileName => (profileNames as readonly string[]).includes(value);

/**
 * A profile chosen by name where no stage settings say more (`PROFILE=` of npm start, `-c profile=`
 * of a dev synth): the receiving organisation, or the example sending unit with its forces.
 */
export const exampleProfile = (name: ProfileName): ProfileSetting =>
  name === 'sending' ? { profile: 'sending', forces: [...exampleUnitForces] } : { profile: 'receiving' };
