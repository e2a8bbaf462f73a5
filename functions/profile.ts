import { parseForces } from '#shared/profiles/forces.js';
import { organisationProfile, profileSettingSchema, type OrganisationProfile } from '#shared/profiles/profile.js';
import { ConfigurationError, readConfig } from './config.js';

/**
 * The stage's organisation profile, read once per container like the rest of the configuration:
 * a sending stage without a valid list of forces stops the function at start-up, naming it.
 */
export const stageProfile = (env: Record<string, string | undefined> = process.env): OrganisationProfile => {
  const { ORGANISATION_PROFILE, RELEASING_FORCES } = readConfig(['ORGANISATION_PROFILE', 'RELEASING_FORCES'], env);
  const setting = profileSettingSchema.safeParse(
    ORGANISATION_PROFILE === 'sending' ? { profile: 'sending', forces: parseForces(RELEASING_FORCES) } : { profile: 'receiving' },
  );
  if (!setting.success) {
    const problems = setting.error.issues.map((issue) => `RELEASING_FORCES.${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return organisationProfile(setting.data);
};

