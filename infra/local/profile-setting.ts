import { profileNames, type ProfileSetting } from '#shared/profiles/profile.js';
import { exampleProfile, isProfileName } from '../example-unit/profile.js';

/** `PROFILE=` names neither profile: main.ts says so and stops before starting anything. */
export class UnknownProfile extends Error {}

/**
 * What `npm start` runs (issue 18): `PROFILE=sending` a national unit, the example one
 * (infra/example-unit/forces.ts); unset or `receiving` the receiving organisation, as always.
 */
export const localProfileSetting = (value: string | undefined): ProfileSetting => {
  if (value === undefined || value === '') return exampleProfile('receiving');
  if (!isProfileName(value)) throw new UnknownProfile(`PROFILE must be ${profileNames.join(' or ')}, not "${value}".`);
  return exampleProfile(value);
};

/** Each profile keeps its demo in a folder of its own by default, so that both can be tried side by side. */
export const defaultDataDir = (setting: ProfileSetting): string => (setting.profile === 'sending' ? '.data-sending' : '.data');
